/**
 * Vocabulary for generated records and mail, as `|`-separated strings so the lists stay compact.
 * Some names carry accents (and one a character outside Latin-1) so charsets matter.
 */
const list = (s) => s.split('|').map((w) => (w === '-' ? null : w));

export const FIRST_NAMES = list(
  'Amelia|Noah|Olivia|Liam|Sofia|Mateo|Chloé|Lucas|Zoë|Ethan|Maya|Jonas|Inès|Felix|Aisha|Omar|Priya|Arjun|' +
    'Mei|Kenji|Hana|José|Lucía|Björn|Åsa|François|Renée|Søren|Nadia|Tomás|Grace|Daniel|Fatima|Yusuf|Elena|' +
    'Marco|Giulia|Sven|Ingrid|Kwame|Ama|Diego|Camila|Hannah|Samuel|Leah|Thomas|Sarah|David|Laura|Michael|' +
    'Emma|Chris|Julia|Ravi|Anika|Wei|Lin|Łucja|Zoltán',
);
export const LAST_NAMES = list(
  'Okafor|Smith|García|Müller|Rossi|Nguyen|Kim|Patel|Johansson|Dubois|Novak|Silva|Cohen|Tanaka|Andersen|' +
    'Kowalski|Brown|Martin|López|Schmidt|Bianchi|Haddad|Mensah|Ivanova|Larsen|Fischer|Moreau|Costa|Reyes|' +
    'Walker|Chen|Singh|Ahmed|Wright|Hughes|Bergström|Fernández|Weber|Jansen|Ferreira|O’Brien|Murphy|Kelly|' +
    'Sato|Yamamoto|Park|Lee|Hall|Young|King',
);
export const COMPANY_A = list(
  'Northwind|Bluebird|Cedar|Harbor|Lumen|Quartz|Summit|Juniper|Atlas|Beacon|Copper|Delta|Ember|Fjord|' +
    'Granite|Helix|Indigo|Kestrel|Lattice|Meridian|Nimbus|Orchid|Pioneer|Quill|Redwood|Sable|Tidal|Umber|' +
    'Vertex|Willow|Yarrow|Zephyr|Aurora|Basalt|Cobalt|Dune|Evergreen|Falcon|Glacier|Horizon|Ironwood|' +
    'Jasper|Keystone|Lighthouse|Maple|Nova|Onyx|Prairie|Riverstone|Sierra',
);
export const COMPANY_B = list(
  'Health|Labs|Systems|Analytics|Robotics|Bank|Logistics|Energy|Studio|Media|Software|Foods|Mobility|' +
    'Security|Learning|Insurance|Games|Bio|Cloud|Retail|Travel|Works|Networks|Payments|Data|Design|Devices|' +
    'Capital|Care|Materials|Pharma|Space|Markets|Legal|Homes|Audio|Vision|Motors|Farms|Robotics Europe',
);
export const COMPANY_C = list('Group|Inc.|GmbH|Ltd|SA|AB|BV|Co.|Holdings|Partners|AG|Oy|AS|SAS|KK');
export const TLDS = list('com|io|co|de|fr|se|co.uk|nl|dev|health');
export const ATS_DOMAINS = list(
  'greenhouse-mail.io|hire.lever.co|ashbyhq.com|myworkday.com|smartrecruiters.com',
);

export const SENIORITY = list('|Senior |Staff |Lead |Junior |Principal |');
export const TITLES = list(
  'Product Designer|Frontend Engineer|Backend Engineer|Data Scientist|Product Manager|Engineering Manager|' +
    'UX Researcher|Site Reliability Engineer|Data Engineer|Mobile Developer|QA Engineer|Solutions Architect|' +
    'Technical Writer|Developer Advocate|Security Engineer|Machine Learning Engineer|Platform Engineer|' +
    'Full-Stack Developer|Analytics Engineer',
);
export const PERSON_TITLES = {
  interviewer: list('Software Engineer|Senior Designer|Staff Engineer|Data Scientist|Product Lead'),
  'hiring-manager': list('Engineering Manager|Head of Design|Director of Product|VP Engineering'),
  recruiter: list('Talent Partner|Technical Recruiter|People Partner|Talent Acquisition Lead'),
  'agency-recruiter': list('Senior Consultant|Recruitment Consultant|Talent Scout'),
  referrer: list('Former colleague|Engineer|Designer|Product Manager'),
  other: list('Office Manager|Team Assistant|Founder'),
};
export const RAPPORT = list(
  'both ran the Berlin marathon|loves typography|shares an interest in accessibility|' +
    'went to the same university|bakes sourdough|plays chess online|cycles to work|' +
    'talked about remote-first teams|hikes in the Alps|reads science fiction|-|-|-|-|-',
);
export const TOUCH_NOTES = list(
  'Sent a thank-you note after the panel|Asked for feedback on the take-home|Quick call about next steps|' +
    'Shared an article on design systems|Replied warmly, suggested coffee next month|No reply yet|' +
    'Congratulated them on the product launch|Followed up as promised|Met at a meetup|' +
    'Checked in about new roles|Connected on LinkedIn|Sent the portfolio link|-|-',
);
export const REJECTION_REASONS = list(
  'went with a candidate with more domain experience|role was put on hold|chose an internal candidate|' +
    'looking for more leadership experience|position filled|-',
);
export const FEEDBACK = list(
  'Strong portfolio; the system-design round was weaker than the rest.|' +
    'Good culture fit, but they needed deeper Kubernetes experience.|' +
    'The take-home was excellent; the team wanted someone more senior.|' +
    'Clear communication; go deeper on trade-offs in architecture questions.|' +
    'Very good product sense; less hands-on SQL than they needed.',
);
export const LINK_TITLES = list(
  'How we rebuilt our design system|A field guide to on-call|Notes on accessible forms|' +
    'What I learned shipping offline-first|The cost of a slow CLI|Postgres indexes in practice',
);

/**
 * What the sending address says about a message: applicant tracking systems (ATS), assessment
 * platforms, job boards, free-mail providers. The lists are ours, written from the sending domains
 * these services use for candidate mail; a domain matches itself and every subdomain.
 */

export interface SenderService {
  /** Display name of the service ("Greenhouse"). */
  name: string;
  kind: 'ats' | 'assessment' | 'job-board' | 'scheduling';
}

const SERVICES: Record<string, SenderService> = {};
function add(kind: SenderService['kind'], name: string, domains: string[]): void {
  for (const d of domains) SERVICES[d] = { name, kind };
}

add('ats', 'Greenhouse', ['greenhouse.io', 'greenhouse-mail.io']);
add('ats', 'Lever', ['lever.co', 'hire.lever.co']);
add('ats', 'Ashby', ['ashbyhq.com']);
add('ats', 'Workday', ['myworkday.com', 'myworkdayjobs.com', 'workday.com']);
add('ats', 'SmartRecruiters', ['smartrecruiters.com', 'smartrecruiters-mail.com']);
add('ats', 'iCIMS', ['icims.com']);
add('ats', 'Workable', ['workable.com', 'workablemail.com']);
add('ats', 'Teamtailor', ['teamtailor.com', 'teamtailor-mail.com']);
add('ats', 'BambooHR', ['bamboohr.com']);
add('ats', 'Jobvite', ['jobvite.com']);
add('ats', 'Recruitee', ['recruitee.com']);
add('ats', 'Personio', ['personio.de', 'personio.com']);
add('ats', 'Breezy HR', ['breezy.hr', 'breezyhr.com']);
add('ats', 'JazzHR', ['applytojob.com', 'jazzhr.com']);
add('ats', 'Taleo', ['taleo.net']);
add('ats', 'SuccessFactors', ['successfactors.com', 'successfactors.eu']);
add('ats', 'Oracle Recruiting', ['oraclecloud.com']);
add('ats', 'Pinpoint', ['pinpointhq.com']);
add('ats', 'Rippling', ['rippling.com', 'rippling-ats.com']);
add('ats', 'Gem', ['gem.com']);
add('ats', 'Dover', ['dover.com', 'dover.io']);
add('ats', 'Comeet', ['comeet.co', 'comeet.com']);
add('ats', 'Freshteam', ['freshteam.com']);
add('ats', 'Zoho Recruit', ['zohorecruit.com', 'zohorecruit.eu']);
add('ats', 'Avature', ['avature.net']);
add('ats', 'Phenom', ['phenompeople.com']);
add('ats', 'Eightfold', ['eightfold.ai']);
add('ats', 'Trakstar Hire', ['recruiterbox.com']);
add('ats', 'Homerun', ['homerun.co']);
add('ats', 'Join', ['join.com']);
add('ats', 'Manatal', ['manatal.com']);
add('ats', 'Bullhorn', ['bullhornstaffing.com', 'bullhorn.com']);
add('ats', 'Tal.net', ['tal.net']);
add('ats', 'Cornerstone', ['csod.com']);
add('ats', 'UKG', ['ultipro.com', 'ukg.com']);
add('ats', 'ADP', ['adp.com']);
add('assessment', 'HackerRank', ['hackerrank.com', 'hackerrankforwork.com']);
add('assessment', 'Codility', ['codility.com']);
add('assessment', 'CodeSignal', ['codesignal.com']);
add('assessment', 'TestGorilla', ['testgorilla.com']);
add('assessment', 'Mettl', ['mettl.com']);
add('assessment', 'HackerEarth', ['hackerearth.com']);
add('assessment', 'CoderPad', ['coderpad.io']);
add('assessment', 'Karat', ['karat.io', 'karat.com']);
add('assessment', 'SHL', ['shl.com']);
add('assessment', 'Criteria', ['criteriacorp.com']);
add('assessment', 'Pymetrics', ['pymetrics.com', 'pymetrics.ai']);
add('assessment', 'Vervoe', ['vervoe.com']);
add('assessment', 'iMocha', ['imocha.io']);
add('scheduling', 'Calendly', ['calendly.com']);
add('scheduling', 'GoodTime', ['goodtime.io']);
add('scheduling', 'ModernLoop', ['modernloop.io']);
add('scheduling', 'Prelude', ['prelude.co']);
add('job-board', 'LinkedIn', ['linkedin.com']);
add('job-board', 'Indeed', ['indeed.com', 'indeedemail.com']);
add('job-board', 'Glassdoor', ['glassdoor.com']);
add('job-board', 'ZipRecruiter', ['ziprecruiter.com']);
add('job-board', 'Wellfound', ['wellfound.com', 'angel.co']);
add('job-board', 'Otta', ['otta.com']);
add('job-board', 'Naukri', ['naukri.com']);
add('job-board', 'Monster', ['monster.com']);
add('job-board', 'StepStone', ['stepstone.de', 'stepstone.com']);
add('job-board', 'Reed', ['reed.co.uk']);
add('job-board', 'Totaljobs', ['totaljobs.com']);
add('job-board', 'Dice', ['dice.com']);
add('job-board', 'Hired', ['hired.com']);
add('job-board', 'Welcome to the Jungle', ['welcometothejungle.com']);
add('job-board', 'Xing', ['xing.com']);

const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.in',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'gmx.net',
  'gmx.de',
  'gmx.com',
  'web.de',
  'free.fr',
  'orange.fr',
  'laposte.net',
  'seznam.cz',
  'rediffmail.com',
  'comcast.net',
  'btinternet.com',
  'sky.com',
  'qq.com',
  '163.com',
  'mail.ru',
  'yandex.ru',
  'zoho.com',
  'tutanota.com',
]);

/** Second-level labels under which registries sell names (example.co.uk, example.com.au). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'gv', 'or', 'ne']);

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return (at >= 0 ? address.slice(at + 1) : address).trim().toLowerCase().replace(/\.$/, '');
}

/** The name a company registered: `us.greenhouse-mail.io` → `greenhouse-mail.io`, `a.b.co.uk` → `b.co.uk`. */
export function registrableDomain(domain: string): string {
  const parts = domain.toLowerCase().split('.').filter(Boolean);
  if (parts.length <= 2) return parts.join('.');
  const sld = parts[parts.length - 2]!;
  const keep = SECOND_LEVEL.has(sld) && parts[parts.length - 1]!.length === 2 ? 3 : 2;
  return parts.slice(-keep).join('.');
}

/** The registrable domain's leading label, the part a company picks: `kessler-brandt.de` → `kessler-brandt`. */
export function domainLabel(domain: string): string {
  return registrableDomain(domain).split('.')[0] ?? '';
}

export function serviceOf(domain: string): SenderService | null {
  const parts = domain.toLowerCase().split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const found = SERVICES[parts.slice(i).join('.')];
    if (found) return found;
  }
  return null;
}

export function isFreeMail(domain: string): boolean {
  return FREE_MAIL.has(registrableDomain(domain)) || FREE_MAIL.has(domain.toLowerCase());
}

/** Addresses no person reads: they mark automated mail. */
export function isNoReply(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  return /^(no-?reply|do-?not-?reply|donotreply|notifications?|notification|mailer|bounce|alerts?|jobalerts?|jobs-noreply|info|news(letter)?|digest|hello|team|receipts|inmail-hit-reply)\b/.test(
    local,
  );
}

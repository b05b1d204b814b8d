/**
 * Phrase rules for job mail in German and Dutch, written by us from the standard phrasing of recruiters,
 * applicant tracking systems and hiring managers (formal "Sie"/"u" and informal "du"/"je" alike). Text is
 * matched after normaliseForRules: lower-cased, umlauts spelt out ("gespraech", "zurueck"), ß as "ss".
 */
import type { PhraseRule } from './phrases.js';

/** Someone other than the candidate: "für eine andere Kandidatin", "een andere kandidaat". */
const DE_OTHER_PERSON =
  /\b(fuer|zugunsten) (einen |eine |die |den )?(anderen? |weiteren? )?(\w+ )?(kandidat(in|en|innen)?|bewerber(in|innen|n)?|mitbewerber\w*|person(en)?|profile?)\b/;

export const GERMANIC_RULES: PhraseRule[] = [
  // --- German: rejection -------------------------------------------------------------------------
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'de: nicht berücksichtigen',
    re: /\bnicht (mehr |weiter |naeher |laenger )?(beruecksichtig\w*|in betracht (ziehen|kommen)|weiter ?(verfolgen|fuehren)|in die engere auswahl)\b/,
    requires: /\b(bewerbung|kandidatur|unterlagen|profil|sie|dich|auswahl\w*)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'de: für andere entschieden',
    re: DE_OTHER_PERSON,
    requires: /\bentschieden\b|\bentscheiden\b|\bausgewaehlt\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'de: Stelle besetzt',
    re: /\b(stelle|position|vakanz|rolle)\b.{0,80}\b(anderweitig|bereits|inzwischen|mittlerweile|intern) (besetzt|vergeben)\b|\banderweitig (zu )?besetz\w*\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'de: kein Angebot, Absage',
    re: /\bkein(e|en)? (angebot|zusage|vertragsangebot|stellenangebot)\b|\b(muessen|moechten) (wir )?(ihnen|dir) (leider )?(eine )?absage?n?\b|\b(ihnen|dir) (leider )?(eine )?absage (erteilen|geben|mitteilen)\b/,
    requires: /\b(leider|bedauer\w*|koennen|werden|muessen)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'de: leider',
    re: /\b(leider|bedauerlicherweise|bedauern|bedaure|tut (mir|uns) (sehr |wirklich )?leid)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'de: mitteilen müssen',
    re: /\b(muessen|moechten) (wir )?(ihnen|dir|euch) (leider )?mitteilen\b|\bkeine (positivere|bessere|positive) (nachricht|rueckmeldung)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'de: alles Gute für die Zukunft',
    re: /\b(alles gute|viel erfolg)\b.{0,60}\b(zukunft|weiteren|stellensuche|jobsuche|weg|berufliche)\b|\b(unterlagen|daten) (werden|wurden)\b.{0,60}\b(geloescht|vernichtet)\b|\b(kuenftige|zukuenftige|passende) (vakanzen|stellen|positionen)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'de: Absage',
    re: /\babsage\b/,
  },

  // --- German: offer -----------------------------------------------------------------------------
  {
    kind: 'offer',
    tier: 'strong',
    name: 'de: Stelle anbieten',
    re: /\b(moechten|wollen|koennen|freuen uns,?) (wir )?(ihnen|dir) (gern |gerne )?(die|diese) (stelle|position|rolle)\b.{0,40}\banbieten\b|\b(ihnen|dir) (gern |gerne )?(ein|unser) (vertragsangebot|stellenangebot|angebot)\b|\b(sie|dich) (gern |gerne )?(bei uns |als [\w-]+ (bei uns )?)?einstellen\b|\b(arbeitsvertrag|vertragsangebot)\b/,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'weak',
    name: 'de: Zusage, Gehalt',
    re: /\bzusage\b|\b(jahresgehalt|bruttogehalt|gehalt|brutto|eintrittsdatum|urlaubstage|startdatum)\b|\bherzlich willkommen (im|in unserem) team\b/,
  },

  // --- German: interview -------------------------------------------------------------------------
  {
    kind: 'interview',
    tier: 'strong',
    name: 'de: Einladung zum Gespräch',
    re: /\beinladung zu(m|r)? ([\w-]+ ){0,2}(gespraech|interview|kennenlernen|termin)\w*\b|\b(laden|lade) (wir )?(sie|dich|euch) .{0,80}\bein\b|\b(sie|dich) .{0,40}\beinladen\b|\b(sie|dich) (gern |gerne )?(persoenlich )?kennenlernen\b/,
    requires: /\b(\w*gespraech\w*|interview\w*|kennenlernen|termin\w*|telefonat|videocall|uhr)\b/,
    negatable: true,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'de: Termin vereinbaren',
    re: /\b(termin|zeitfenster|slot)\b.{0,60}\b(aussuchen|auswaehlen|vorschlagen|buchen|bestaetigen|vereinbaren|abstimmen)\b|\bzeit fuer ein (erstes |kurzes )?(telefonat|gespraech|kennenlernen|videocall|video-call|interview)\b|\b(gespraech|interview|telefonat)\b.{0,40}\b(bestaetigt|verschoben|verlegt)\b/,
    negatable: true,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'de: Gespräch',
    re: /\b(vorstellungsgespraech|bewerbungsgespraech|telefoninterview|kennenlerngespraech|gespraech|telefonat|videocall)\b/,
  },

  // --- German: assessment, acknowledgement, outreach ---------------------------------------------
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'de: Test oder Fallstudie',
    re: /\b(online-?(eignungs)?test|eignungstest|einstellungstest|fallstudie|probeaufgabe|testaufgabe|arbeitsprobe|programmieraufgabe|assessment-?center|persoenlichkeitstest)\w*\b/,
  },
  {
    kind: 'assessment',
    tier: 'weak',
    name: 'de: bearbeiten bis',
    re: /\b(bearbeiten|absolvieren|loesung)\b.{0,60}\b(bis|innerhalb)\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'de: Bewerbung erhalten',
    re: /\b(haben|habe) (ihre|deine|eure) (bewerbung|unterlagen)\b.{0,60}\b(erhalten|bekommen)\b|\b(bestaetigen|bestaetige) (wir |ich )?(ihnen |dir )?(hiermit )?den eingang\b|\beingangsbestaetigung\b|\b(ihre|deine) bewerbung (ist|wurde) .{0,40}\b(eingegangen|angekommen|erhalten)\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'de: wir melden uns',
    re: /\b(melden|wenden) (uns|wir uns)\b|\b(pruefen|sichten|sorgfaeltig pruefen)\b|\bhoeren .{0,40}von uns\b|\bvielen dank fuer (ihre|deine) bewerbung\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'de: auf Ihr Profil gestoßen',
    re: /\b(auf|ueber) (ihr|dein) (profil|xing-profil|linkedin-profil)\b.{0,40}\b(gestossen|aufmerksam)\b|\b(ihr|dein) profil (passt|ist mir)\b|\b(ich bin|bin ich|als) ([\w-]+ )?(personalberater|headhunter|recruiter)(in)?\b|\bfuer (einen|meinen|unseren) (kunden|mandanten)\b|\boffen fuer ein (\w+ ){0,2}(gespraech|austausch|telefonat)\b|\b(vertraulichen|unverbindlichen) (austausch|gespraech)\b/,
  },

  // --- Dutch -------------------------------------------------------------------------------------
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'nl: niet verder',
    re: /\bniet (met (je|jou|u) )?verder (te )?(gaan|gegaan)\b|\b(besloten|gekozen) (om )?(niet|voor een andere|voor andere)\b|\b(niet|geen) (uit (te )?nodigen|uitnodigen|geselecteerd|door naar)\b|\been andere kandidaat\b.{0,60}\b(aangenomen|gekozen|geselecteerd)\b|\b(vacature|functie) is (inmiddels |al )?(ingevuld|vervuld|vergeven)\b|\bafgewezen\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'nl: helaas',
    re: /\b(helaas|jammer genoeg|tot onze spijt|ik vind het jammer)\b|\bveel succes (bij|met) (je|uw) (verdere )?(zoektocht|zoektocht naar)\b|\b(bewaar|bewaren) (je|uw) cv\b|\bpassende vacature\b/,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'nl: aanbod',
    re: /\b(willen|gaan) (we |wij )?(je|u) (graag )?(aannemen|in dienst nemen)\b|\bbieden (wij |we )?(je|u) (graag )?de (functie|baan|positie|rol)\b|\b(arbeidsovereenkomst|arbeidscontract)\b/,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'weak',
    name: 'nl: salaris',
    re: /\b(salaris|bruto per maand|vakantiedagen|ons aanbod|het aanbod)\b|\bgefeliciteerd\b/,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'nl: uitnodiging voor een gesprek',
    re: /\b(uitnodigen|uitnodiging) (je |u )?(voor )?(een |het )?([\w-]+ )?(sollicitatiegesprek|gesprek|kennismakingsgesprek|videogesprek|interview|kennismaking)\b|\b(bevestig\w*) (wij |we )?(uw|je) (\w+)?gesprek\b/,
    negatable: true,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'nl: gesprek',
    re: /\b(sollicitatiegesprek|kennismakingsgesprek|videogesprek|gesprek)\b|\b(zou|past) .{0,30}\b(schikken|passen)\b/,
  },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'nl: opdracht of test',
    re: /\b(thuisopdracht|programmeeropdracht|casusopdracht|praktijkopdracht|capaciteitentest|persoonlijkheidsvragenlijst|persoonlijkheidstest)\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'nl: sollicitatie ontvangen',
    re: /\b(sollicitatie|brief|cv|reactie)\b.{0,40}\b(in goede orde )?ontvangen\b|\bontvangst(bevestiging)?\b.{0,30}\b(sollicitatie|brief|cv)\b|\bbevestig\w* (ik |we |wij )?de ontvangst\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'nl: we laten het weten',
    re: /\b(laten|nemen) (we|wij) (je|u)? ?.{0,30}\b(weten|contact)\b|\bbedankt voor (je|uw) sollicitatie\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'nl: je profiel',
    re: /\b(kwam|zag) (ik )?(je|jouw|uw) profiel\b|\bik ben (een )?recruiter\b|\b(voor )?(een )?opdrachtgever (van ons|van mij)?\b|\bsta (je|u) open voor\b|\bvrijblijvend\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'job alert (de, nl)',
    re: /\b\d+ (nieuwe|neue) (vacatures|stellenangebote|stellen|jobs)\b|\bjobalarm\b|\bvacaturealert\b|\bnieuwsbrief\b/,
  },
];

/**
 * Comparing company names as people write them: "Acme Inc." and "ACME" are one company, "Kessler &
 * Brandt GmbH" and the domain label "kessler-brandt" too.
 */

const LEGAL_SUFFIX =
  /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|sas|sarl|bv|nv|pvt|private|corp|corporation|co|company|llp|lp|s\.?r\.?o|sp\.? z o\.?o|oy|ab|pty|kg|se|spa|srl)\b\.?/g;

function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The comparable key of a company name: lower-case letters and digits, legal forms dropped. */
export function companyKey(name: string): string {
  const folded = foldDiacritics(name.toLowerCase()).replace(/&/g, ' and ').replace(/\+/g, ' plus ');
  const words = folded.replace(LEGAL_SUFFIX, ' ').replace(/^\s*the\s+/, ' ');
  return words.replace(/[^a-z0-9]+/g, '');
}

/** The key's words, for word-prefix comparisons ("acme" vs "acme robotics"). */
export function companyWords(name: string): string[] {
  const folded = foldDiacritics(name.toLowerCase()).replace(/&/g, ' and ');
  return folded
    .replace(LEGAL_SUFFIX, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && w !== 'the');
}

/**
 * 1 for the same name, 0.8 when one name is the other plus trailing words ("Acme" ~ "Acme Robotics"),
 * 0 otherwise. Short keys (under 3 letters) never match by prefix: too many companies share them.
 */
export function companySimilarity(a: string, b: string): number {
  const ka = companyKey(a);
  const kb = companyKey(b);
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka === kb) return 1;
  // "and" is often dropped in domains: pebbleandpine.com vs "Pebble & Pine".
  if (ka.replace(/and/g, '') === kb.replace(/and/g, '')) return 1;
  const wa = companyWords(a);
  const wb = companyWords(b);
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.join('').length >= 3 && shorter.every((w, i) => longer[i] === w)) return 0.8;
  return 0;
}

/** Whether a domain label ("brightwavehealth", "kessler-brandt") spells this name, or starts it. */
export function labelMatchesName(label: string, name: string): 'exact' | 'prefix' | null {
  const l = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  const k = companyKey(name);
  if (l.length < 3 || k.length < 3) return null;
  if (l === k || l === k.replace(/and/g, '')) return 'exact';
  const words = companyWords(name);
  if (words[0] && l === words[0]) return 'prefix';
  if (k.startsWith(l) && l.length >= 5) return 'prefix';
  return null;
}

/** "pinecrest-retail" → "Pinecrest Retail": the best guess at a name from a slug or domain label. */
export function nameFromSlug(slug: string): string {
  return slug
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

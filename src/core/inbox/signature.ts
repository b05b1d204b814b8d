/**
 * Reading a signature block: the writer's name, their job title and their company, from lines such as
 * "Jane Roe", "Senior Technical Recruiter, Acme", "Talent Partner | Acme", "HR Specialist".
 */

export interface SignatureFacts {
  name: string | null;
  title: string | null;
  company: string | null;
}

const TITLE_WORDS =
  /\b(recruiter|recruiting|recruitment|talent|hr|human resources|people|manager|director|head|lead|partner|vp|vice president|founder|co-founder|ceo|cto|coo|cfo|chief|engineer|specialist|advisor|adviser|consultant|executive|officer|coordinator|scientist|designer|sourcer|president|principal|associate)\b/i;
const COMPANY_SUFFIX =
  /\b(inc|llc|ltd|limited|plc|gmbh|ag|llp|pvt|corp|corporation|s\.r\.o|sp\. z o\.o|group|labs|technologies|solutions|consultants|partners|studio|systems|bank|council|insurance|capital)\b\.?/i;
const NAME = /^(?:Dr\.?\s+)?[A-Z\u00c0-\u017e][\p{L}'-]+(?:\s+[A-Z\u00c0-\u017e][\p{L}'.-]*){1,3}$/u;

export function looksLikePersonName(s: string): boolean {
  return NAME.test(s.trim()) && !TITLE_WORDS.test(s) && !COMPANY_SUFFIX.test(s) && !/\d/.test(s);
}

function splitTitleCompany(line: string): { title: string; company: string | null } {
  const m = /^(.+?)\s*(?:,|\||\bat\b|@|-|–)\s*(.+)$/.exec(line);
  if (m && TITLE_WORDS.test(m[1]!) && !TITLE_WORDS.test(m[2]!.split(/\s+/)[0] ?? '')) {
    return { title: m[1]!.trim(), company: m[2]!.trim() };
  }
  return { title: line.trim(), company: null };
}

export function readSignature(signature: string): SignatureFacts {
  const lines = signature
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length < 80 && !/^(\+|tel|phone|mobile|m:|t:|www\.|https?:)/i.test(l))
    .slice(0, 5);
  const facts: SignatureFacts = { name: null, title: null, company: null };
  for (const line of lines) {
    if (!facts.name && !facts.title && looksLikePersonName(line)) {
      facts.name = line;
      continue;
    }
    if (!facts.title && TITLE_WORDS.test(line) && !/[.!?]$/.test(line)) {
      const { title, company } = splitTitleCompany(line);
      if (!COMPANY_SUFFIX.test(title) || /\b(manager|director|recruiter|partner|lead)\b/i.test(title)) {
        facts.title = title;
        facts.company ??= company;
        continue;
      }
    }
    if (!facts.company && (COMPANY_SUFFIX.test(line) || (facts.title && /^[A-Z]/.test(line)))) {
      facts.company = line.replace(/\s*\(.*\)\s*$/, '');
    }
  }
  return facts;
}

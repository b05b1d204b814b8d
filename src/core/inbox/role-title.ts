/**
 * Finding a job title in running text: a run of capitalised words ending in a title's head noun
 * ("Senior Backend Engineer", "Head of Data"), preferably where the sentence says it is the role.
 */

const HEADS = [
  'engineer',
  'developer',
  'manager',
  'designer',
  'analyst',
  'scientist',
  'lead',
  'director',
  'architect',
  'consultant',
  'officer',
  'specialist',
  'coordinator',
  'associate',
  'programmer',
  'strategist',
  'tester',
  'planner',
  'researcher',
  'informaticist',
  'artist',
  'administrator',
  'recruiter',
  'nurse',
  'accountant',
  'intern',
  'partner',
  'advisor',
  'adviser',
  'representative',
  'executive',
  'assistant',
  'technician',
  'editor',
  'writer',
  'producer',
  'marketer',
  'paralegal',
  'lawyer',
  'attorney',
  'counsel',
  'teacher',
  'biologist',
  'chemist',
  'economist',
  'statistician',
  'controller',
  'auditor',
  'supervisor',
  'owner',
  'master',
  'trainee',
  'graduate',
  'fellow',
  'clerk',
  'buyer',
  'sre',
];
const HEAD = `(?:${HEADS.map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join('|')}|SRE|VP)`;
const WORD = "(?:[A-Z][A-Za-z0-9+#/.'-]*|of|and|&|iOS|e-commerce)";
const LEVEL = '(?:\\s+(?:I{1,3}|IV|V|[1-5]))?';
// "Senior Backend Engineer", "Head of Data", "VP of Engineering", "Software Engineer II".
const TITLE = new RegExp(
  `\\b((?:Head|VP|Vice President|Director|Chief) of (?:[A-Z][A-Za-z&-]*)(?: (?:[A-Z][A-Za-z&-]*|&|and))*|(?:${WORD} ){0,4}${HEAD}${LEVEL})\\b`,
  'g',
);

const CONTEXTS: RegExp[] = [
  /\b(?:position|role|post|job|vacancy) of (?:an? )?(.+?)(?:[.,;(\n]|$| at | with | in )/gi,
  /\b(?:the|a|an|our|your|this) (.{3,60}?) (?:role|position|opening|post|vacancy|job|programme)\b/gi,
  /\b(?:applying|applied|application|candidacy|candidature) (?:for|to) (?:the |a |an )?(.{3,60}?)(?:[.,;(\n]|$| at | with | role| position)/gi,
  /\b(?:offer you the|join (?:us|the team) as|hired as|apply as|as (?:a|an|our)) (.{3,60}?)(?:[.,;!(\n]|$| at | with | position| role)/gi,
];

export interface FoundTitle {
  title: string;
  /** Higher when the sentence says "the X role" than for a bare capitalised phrase. */
  confidence: number;
}

function clean(title: string): string {
  return title
    .replace(/\s*\((?:[A-Z]{1,4}-?\d+|Ref[^)]*|REF[^)]*|R-\d+)\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^(?:(?:the|a|an|our|new|open|exciting|of|and|&)\s+)+/i, '')
    .replace(/(?:\s+(?:of|and|&))+$/i, '')
    .trim();
}

function titleIn(span: string): string | null {
  TITLE.lastIndex = 0;
  let best: string | null = null;
  for (const m of span.matchAll(TITLE)) {
    const t = clean(m[1] ?? '');
    if (t.length > (best?.length ?? 0)) best = t;
  }
  return best;
}

/** Every title the text names, best first. */
export function findTitles(text: string, base = 0.5): FoundTitle[] {
  const found = new Map<string, FoundTitle>();
  const note = (title: string, confidence: number) => {
    const key = title.toLowerCase();
    const prev = found.get(key);
    if (!prev || prev.confidence < confidence) found.set(key, { title, confidence });
    else prev.confidence = Math.min(0.95, prev.confidence + 0.05);
  };
  for (const re of CONTEXTS) {
    for (const m of text.matchAll(re)) {
      const t = titleIn(m[1] ?? '');
      if (t) note(t, base + 0.3);
    }
  }
  for (const m of text.matchAll(TITLE)) {
    const t = clean(m[1] ?? '');
    if (t && !/^(Dear|Hi|Hello|Our|The|Your|This)\b/.test(t)) note(t, base);
  }
  return [...found.values()].sort((a, b) => b.confidence - a.confidence || b.title.length - a.title.length);
}

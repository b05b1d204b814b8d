/**
 * A round of letters (say, a thank-you to each interviewer after a rejection): variants are chosen so
 * that no two notes to people of the same company read alike, and edited notes can be re-checked.
 */
import { type Draft, defaultVariant, renderDraft } from './draft-letter.js';
import { LetterInputError } from './errors.js';
import { type LetterInput, validateLetterInput } from './letter-input.js';
import { buildView } from './letter-view.js';
import { SIMILARITY_THRESHOLD, similarity } from './similarity.js';
import { type CompiledVariant, defaultTemplates, type TemplateSet } from './templates.js';

/** Above this many combinations in one company the search turns greedy (6 people × 5 variants is 15,625). */
const EXHAUSTIVE_LIMIT = 20_000;

const companyKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The candidates for one input: the variant it asks for, or all, its stable default first. */
function candidates(input: LetterInput, templates: TemplateSet): CompiledVariant[] {
  const all = templates.variants(input.kind);
  if (input.variant != null) {
    const chosen = templates.variant(input.kind, input.variant);
    if (!chosen) {
      throw new LetterInputError(
        `${input.kind} letters have variants ${all.map((v) => v.variant).join(', ')}; there is no variant ${input.variant}`,
      );
    }
    return [chosen];
  }
  const first = all.indexOf(defaultVariant(input, all));
  return [...all.slice(first), ...all.slice(0, first)];
}

/** What a reader would notice first: pairs that read alike, then the most alike pair, then the rest. */
interface Score {
  over: number;
  max: number;
  sum: number;
}
const EPS = 1e-9;
const better = (a: Score, b: Score) =>
  a.over !== b.over ? a.over < b.over : Math.abs(a.max - b.max) > EPS ? a.max < b.max : a.sum < b.sum - EPS;

/** Picks one candidate per member so that as few pairs as possible read alike, and those least. */
function choose(options: Draft[][]): number[] {
  const n = options.length;
  const sims = new Map<string, number>();
  const sim = (i: number, a: number, j: number, b: number) => {
    const key = i < j ? `${i}:${a}|${j}:${b}` : `${j}:${b}|${i}:${a}`;
    let s = sims.get(key);
    if (s === undefined) {
      s = similarity(options[i]![a]!.text, options[j]![b]!.text);
      sims.set(key, s);
    }
    return s;
  };
  /** The score of the first `upTo` members of `pick`. */
  const scoreOf = (pick: readonly number[], upTo = pick.length): Score => {
    const score = { over: 0, max: 0, sum: 0 };
    for (let i = 0; i < upTo; i++) {
      for (let j = i + 1; j < upTo; j++) {
        const s = sim(i, pick[i]!, j, pick[j]!);
        if (s > SIMILARITY_THRESHOLD) score.over++;
        score.max = Math.max(score.max, s);
        score.sum += s;
      }
    }
    return score;
  };
  const combinations = options.reduce((p, o) => p * o.length, 1);
  if (combinations <= EXHAUSTIVE_LIMIT) {
    let best: number[] = options.map(() => 0);
    let bestScore = scoreOf(best);
    const pick: number[] = [];
    const walk = (i: number): void => {
      // Pairs over the threshold only grow as members are added: stop when this branch cannot win.
      if (i > 1 && scoreOf(pick, i).over > bestScore.over) return;
      if (i === n) {
        const score = scoreOf(pick);
        if (better(score, bestScore)) [best, bestScore] = [[...pick], score];
        return;
      }
      for (let c = 0; c < options[i]!.length; c++) {
        pick[i] = c;
        walk(i + 1);
      }
      pick.length = i;
    };
    walk(0);
    return best;
  }
  // Large groups: greedy, then single changes while any improves the whole round.
  const pick: number[] = [];
  for (let i = 0; i < n; i++) {
    let bestC = 0;
    let bestScore: Score | null = null;
    for (let c = 0; c < options[i]!.length; c++) {
      pick[i] = c;
      const score = scoreOf(pick, i + 1);
      if (!bestScore || better(score, bestScore)) [bestC, bestScore] = [c, score];
    }
    pick[i] = bestC;
  }
  let current = scoreOf(pick);
  for (let improved = true, passes = 0; improved && passes < 10; passes++) {
    improved = false;
    for (let i = 0; i < n; i++) {
      const keep = pick[i]!;
      for (let c = 0; c < options[i]!.length; c++) {
        if (c === keep) continue;
        pick[i] = c;
        const score = scoreOf(pick);
        if (better(score, current)) {
          current = score;
          improved = true;
          break;
        }
        pick[i] = keep;
      }
    }
  }
  return pick;
}

/**
 * Drafts every letter of a round, in input order. Inputs that name a variant keep it; the others get
 * the variants that keep notes to the same company furthest apart. Check the result (or the user's
 * edits of it) with `similarityWarnings`: with more people than variants, some pairs may stay close.
 */
export function draftRound(
  inputs: readonly LetterInput[],
  templates: TemplateSet = defaultTemplates(),
): Draft[] {
  inputs.forEach((input, i) => {
    try {
      validateLetterInput(input);
    } catch (error) {
      if (error instanceof LetterInputError) {
        throw new LetterInputError(`letter ${i + 1} of the round: ${error.message}`, error.issues);
      }
      throw error;
    }
  });
  const options = inputs.map((input) => {
    const view = buildView(input);
    return candidates(input, templates).map((compiled) => renderDraft(input, compiled, view));
  });
  const groups = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const key = companyKey(input.company.name);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const chosen: Draft[] = new Array(inputs.length);
  for (const members of groups.values()) {
    const pick = choose(members.map((i) => options[i]!));
    members.forEach((i, k) => {
      chosen[i] = options[i]![pick[k]!]!;
    });
  }
  return chosen;
}

/** A letter of a round as the user left it, for re-checking after edits. */
export interface RoundLetter {
  company: string;
  /** Who it is to, for the message. */
  person?: string | null;
  text: string;
}

export interface SimilarityWarning {
  /** Indexes into the list given, first < second. */
  first: number;
  second: number;
  similarity: number;
  message: string;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Pairs of notes to the same company that read too alike, most alike first. */
export function similarityWarnings(
  letters: readonly RoundLetter[],
  threshold: number = SIMILARITY_THRESHOLD,
): SimilarityWarning[] {
  const warnings: SimilarityWarning[] = [];
  for (let i = 0; i < letters.length; i++) {
    for (let j = i + 1; j < letters.length; j++) {
      const a = letters[i]!;
      const b = letters[j]!;
      if (companyKey(a.company) !== companyKey(b.company)) continue;
      const s = similarity(a.text, b.text);
      if (s <= threshold) continue;
      const who = a.person && b.person ? `Your notes to ${a.person} and ${b.person}` : 'Two of your notes';
      warnings.push({
        first: i,
        second: j,
        similarity: s,
        message: `${who} at ${a.company.trim()} read alike (${percent(s)} of their phrasing is the same; keep it under ${percent(threshold)}). Reword a sentence or two in one of them, so each reads as written for its reader.`,
      });
    }
  }
  return warnings.sort((x, y) => y.similarity - x.similarity);
}

/**
 * The letters core: what the app layer calls. Pure functions over plain data; no I/O.
 */
export {
  checkTone,
  MAX_EXCLAMATIONS,
  MAX_SENTENCE_WORDS,
  MAX_WORDS,
  type ToneFinding,
  type ToneOptions,
} from './check-tone.js';
export { type Draft, draftLetter } from './draft-letter.js';
export { draftRound, type RoundLetter, type SimilarityWarning, similarityWarnings } from './draft-round.js';
export { LetterInputError, TemplateError } from './errors.js';
export { FIELD_NAMES, FIELDS, type FieldName } from './letter-fields.js';
export type {
  LetterApplication,
  LetterInput,
  LetterLink,
  LetterOpening,
  LetterPerson,
  LetterProfile,
} from './letter-input.js';
export { isLetterKind, LETTER_KINDS, type LetterKind, letterKindForStep } from './letter-kind.js';
export { RESELL_FOLLOW_UP_DAYS } from './letter-view.js';
export { SHINGLE_SIZE, SIMILARITY_THRESHOLD, similarity } from './similarity.js';
export {
  builtInTemplateTexts,
  compileTemplates,
  defaultTemplates,
  type TemplateSet,
  validateTemplates,
} from './templates.js';
export { TONE_RULES, type ToneRule } from './tone-rules.js';

/**
 * The phrases that hurt the sender of a follow-up letter, each with why and a gentler way to say it.
 * Written for low false positives: every pattern is a phrase that is rarely innocent in a letter to a
 * company that said no, not a single loaded word.
 */

export const TONE_RULES = [
  'resentment',
  'blame',
  'pressure',
  'sarcasm',
  'begging',
  'length',
  'shouting',
  'exclamation',
] as const;
export type ToneRule = (typeof TONE_RULES)[number];

export interface PhraseRule {
  rule: ToneRule;
  pattern: RegExp;
  reason: string;
  gentler: string;
}

/** `'` matches straight and curly apostrophes, a space any run of whitespace; matches whole words only. */
function re(source: string): RegExp {
  const body = source.replace(/'/g, "['’]").replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

const r = (rule: ToneRule, source: string, reason: string, gentler: string): PhraseRule => ({
  rule,
  pattern: re(source),
  reason,
  gentler,
});

const RESENT = 'Reads as resentment; the reader remembers how a letter made them feel.';
const BLAME = 'Puts the blame on the reader, who may not have had any say in it.';
const PRESSURE = 'Reads as pressure; people answer invitations, not demands.';
const SARCASM = 'Sarcasm reads as bitterness in writing, where no smile comes with it.';
const BEG = 'Sounds desperate, which undersells you; confidence reads better than pleading.';

export const PHRASE_RULES: readonly PhraseRule[] = [
  r(
    'resentment',
    "(?:it's|it is|that's|that is|this is) (?:your|their|the company's) loss|your loss,? not mine",
    RESENT,
    "I'm sorry it didn't work out this time, and I'd still be glad to work with you.",
  ),
  r(
    'resentment',
    "you(?:'ll| will| are going to|'re going to) (?:regret|be sorry)",
    RESENT,
    'I hope our paths cross again.',
  ),
  r(
    'resentment',
    "you(?:'ve| have|'re| are)? (?:made|making) (?:a |the )?(?:big |huge |serious |terrible |biggest )?mistake|your (?:big |huge |biggest )?mistake",
    RESENT,
    "I'd still welcome the chance to show what I can do.",
  ),
  r(
    'resentment',
    "you (?:missed|are missing|'re missing) out",
    RESENT,
    'I think I could add a lot to the team.',
  ),
  r(
    'resentment',
    'good luck (?:finding|getting) (?:someone|anyone|somebody) (?:better|else|as good)',
    RESENT,
    'I wish you and the team every success.',
  ),
  r(
    'resentment',
    "(?:i was|i'm|i am) (?:clearly |obviously |far |much )?(?:more|better|the most|the best) qualified",
    RESENT,
    'I believe my experience in … is a strong match for the role.',
  ),
  r(
    'resentment',
    "(?:i )?(?:deserved|should have gotten|should've gotten|should have got) (?:this|the|that) (?:job|role|position|offer)",
    RESENT,
    'I was sorry not to be chosen, and I would welcome another chance in future.',
  ),
  r(
    'resentment',
    '(?:so |very |completely |totally )?unfair|not fair',
    RESENT,
    'I was disappointed by the outcome, and I understand these decisions are hard.',
  ),
  r(
    'resentment',
    "(?:i )?hope (?:you're|you are) happy",
    RESENT,
    'I wish you all the best with the new hire.',
  ),
  r('resentment', 'shame on you', RESENT, 'I was disappointed, and I hope we stay in touch.'),
  r(
    'resentment',
    "(?:never|won't|will not) (?:apply|work|deal) (?:here|there|with you|with your company) again",
    RESENT,
    'I would still be glad to hear about future openings.',
  ),

  r(
    'blame',
    "(?:you|your team|your recruiters?|nobody|no one|no-one) (?:never(?: even)?|didn't even|did not even|couldn't even|could not even) (?:bothered? to )?(?:replied|reply|responded|respond|got back|get back|wrote|write|called|call|read|looked|look)",
    BLAME,
    'I understand things get busy, and I wanted to follow up.',
  ),
  r(
    'blame',
    '(?:nobody|no one|no-one) (?:bothered|cared)',
    BLAME,
    'I wanted to follow up in case my note was missed.',
  ),
  r(
    'blame',
    'you (?:failed to|forgot to|ignored|ghosted)|ghosted me|left me hanging|kept me waiting',
    BLAME,
    'I understand things get busy, and I wanted to follow up.',
  ),
  r(
    'blame',
    "(?:you|your team) (?:should have|should've|ought to have)",
    BLAME,
    'If it would help, I would be glad to share more about …',
  ),
  r(
    'blame',
    "(?:it's|it is|it was) (?:all )?your fault|(?:how could|how dare) you",
    BLAME,
    'I was disappointed, and I would value any feedback you can share.',
  ),
  r(
    'blame',
    '(?:your|the) (?:process|hiring process|interview process|recruiter|team|company) (?:is|was) (?:broken|a mess|a joke|a disaster|disorganised|disorganized|unprofessional|chaotic)',
    BLAME,
    'If useful, I would be glad to share a candidate’s view of the process.',
  ),
  r('blame', 'unprofessional', BLAME, 'I would have appreciated hearing back sooner.'),
  r(
    'blame',
    '(?:wasted|waste of) (?:my|all my|so much of my) time',
    BLAME,
    'I appreciated the chance to learn about the team.',
  ),

  r(
    'pressure',
    '(?:i )?(?:need|expect|demand|require) (?:an answer|a reply|a response|a decision|to hear back|to hear from you)',
    PRESSURE,
    'I would be grateful to hear from you when you have a moment.',
  ),
  r(
    'pressure',
    "if i (?:don't|do not) hear (?:back )?(?:from you )?(?:by|within|before)",
    PRESSURE,
    'I will check back in a couple of weeks.',
  ),
  r(
    'pressure',
    '(?:last|final) (?:chance|warning|notice|opportunity)|or else',
    PRESSURE,
    'I would welcome the chance to talk whenever it suits you.',
  ),
  r(
    'pressure',
    'asap|without delay|by (?:the )?end of (?:the )?(?:day|today)',
    PRESSURE,
    'whenever you have a moment',
  ),
  r(
    'pressure',
    "(?:i have|i've got|i'm weighing|i am weighing) (?:other|several|multiple|competing) offers",
    PRESSURE,
    'I remain very interested in joining your team.',
  ),
  r(
    'pressure',
    "(?:i'm|i am) still waiting|still waiting (?:for|on) (?:an|a|your)",
    PRESSURE,
    'I wanted to follow up on my earlier note.',
  ),
  r(
    'pressure',
    "i(?:'ll| will) (?:escalate|go over your head|contact your (?:manager|boss|ceo))",
    PRESSURE,
    'Is there someone else I should speak to about this?',
  ),

  r('sarcasm', 'thanks (?:a lot )?for nothing', SARCASM, 'Thank you for letting me know.'),
  r('sarcasm', 'must be nice', SARCASM, 'I hope things are going well for the team.'),
  r(
    'sarcasm',
    '(?:what|such) a (?:surprise|shock)|big surprise|(?:how|very) surprising',
    SARCASM,
    'Thank you for letting me know.',
  ),
  r('sarcasm', 'good luck with that|yeah,? right|oh well', SARCASM, 'I wish you and the team well.'),
  r(
    'sarcasm',
    "i'm sure (?:whoever|the person|they|your new hire|the new hire|the candidate)[^.!?\\n]{0,40}(?:perfect|amazing|great|wonderful|brilliant|better)",
    SARCASM,
    'I hope the new hire settles in well.',
  ),
  r(
    'sarcasm',
    '(?:congrats|congratulations) on (?:finding|hiring|choosing) (?:someone|somebody|your)',
    SARCASM,
    'I hope the new hire settles in well.',
  ),
  r(
    'sarcasm',
    "so-called|(?:i )?guess (?:i )?(?:wasn't|was not) (?:good enough|what you wanted)",
    SARCASM,
    'I would value any feedback on where I could improve.',
  ),

  r(
    'begging',
    "please,? please|(?:i )?beg(?:ging)? you|(?:i )?(?:am |'m )?begging",
    BEG,
    'I would welcome the chance to be considered again.',
  ),
  r(
    'begging',
    'please reconsider|reconsider (?:me|my application|your decision)',
    BEG,
    'If anything changes, I would be glad to be considered.',
  ),
  r(
    'begging',
    'desperate(?:ly)?',
    BEG,
    'I am keen to find my next role, and yours appealed to me a great deal.',
  ),
  r(
    'begging',
    '(?:i )?(?:really |truly |badly )?need (?:this (?:job|role|position)|a job|the job|the money|this work)',
    BEG,
    'I am very interested in this kind of role.',
  ),
  r(
    'begging',
    "(?:i'll|i will|i'd|i would) (?:do|take|accept) (?:anything|any (?:job|role|position)|whatever)",
    BEG,
    'I would also be glad to hear about other roles that fit my experience.',
  ),
  r(
    'begging',
    '(?:give me|grant me) (?:one more|another|a second) chance|one more chance',
    BEG,
    'If another opening comes up, I would love to be considered.',
  ),
  r(
    'begging',
    "(?:i'll|i will|i'd|i would|happy to|willing to) (?:take|accept|work for) (?:a )?(?:lower|less|reduced|any) (?:pay|salary|money|rate)",
    BEG,
    'I am open to talking about what would work for both of us.',
  ),
];

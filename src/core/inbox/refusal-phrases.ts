/**
 * Refusals said indirectly. Hiring teams rarely write "rejected": they describe the outcome (the
 * vacancy closed, someone else fitted better, the candidacy is paused). Each rule here names the
 * outcome *and* who it happens to, so that the same words about a product, a meeting or a newsletter
 * do not count. Written by us from the ways such decisions are commonly phrased.
 */
import type { PhraseRule } from './phrases.js';

const DECISION_VERB =
  /\b(decided|decision|chose|chosen|choose|opted|elected|selected|pursue|pursuing|proceed|proceeding|progress|progressing|prioriti[sz]e|prioriti[sz]ing|focus|focusing|moving forward|move forward|go ahead|going ahead)\b/;

export const REFUSAL_RULES: PhraseRule[] = [
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'preferred closer profiles',
    // "…candidates whose background is closer to…", "…people with a stronger X background…"
    re: /\b(candidates|applicants|people|profiles|individuals|others) (whose|who|with) .{0,60}\b(more closely|closer|stronger|more directly|more direct|more relevant|better (match|suited|aligned)|more (experience|aligned))\b/,
    requires: DECISION_VERB,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'candidacy paused or closed',
    re: /\b(pause|paused|pausing|put on hold|placed on hold|withdraw|withdrawn|end|ended|close|closed|closing) your (application|candidacy|candidature|file)\b|\b(put|placed|place) your (application|candidacy|candidature) on hold\b|\byour (application|candidacy|candidature) (is|has been|will be) (paused|put on hold|on hold|closed|withdrawn|archived)\b|\b(pause|stop|end) (things )?(here )?with your (application|candidacy|candidature)\b|\b(hold|holding) off on (any |the )?(next steps|moving forward|your (application|candidacy))\b/,
    // "…on hold until you upload X" asks for something; it decides nothing.
    veto: /\byou have withdrawn\b|\bif you (wish|want|would like) to\b|\b(until|once|when) you\b|\bplease (upload|complete|provide|send|submit)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'vacancy withdrawn or filled internally',
    re: /\bfilled internally\b|\b(decided|chosen|opted) not to (fill|recruit for|hire for|proceed with) (this|the) (position|role|vacancy|post|opening)\b|\b(vacancy|position|role|requisition|opening|post) (has been|was|is being|have been) (withdrawn|cancell?ed|closed|put on hold)\b|\b(have|has|we've) (now )?closed (the|this) (vacancy|position|role|requisition|opening)\b|\b(put|placed) (the|this) (vacancy|position|role|requisition|opening|post|hire) on hold\b|\b(closing|closed|cancell?ed|cancell?ing) (the|this) (recruitment|hiring|search)\b|\b(frozen|froze|paused) (the|this|our) ([\w-]+ )?(hire|hiring|role|position|recruitment)\b/,
    veto: /\b(you are|you're) (one of|shortlisted|through)\b|\bto new (applicants|applications)\b|\bnew (role|position|opening|vacancy)\b|\b(reopen|re-open|reopened|re-opened|reopening|back open)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'went another way',
    // Terse personal replies: "we went a different direction for this one", "we went another way".
    re: /\b(we|we've|we have|they|the team|the panel) (went|have gone|'ve gone|decided to go|are going|chose to go) (in )?(a different|another) (direction|way)\b/,
    // The writer reacting to the candidate's news about another company.
    veto: /\bsorry to hear\b|\byou (mentioned|said|told)\b|\bother (company|companies|firm|offer)\b|\bwith (the|our) (format|process|interview|plan|schedule|approach|agenda)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'others judged a better fit',
    re: /\b(other|another) (candidates?|applicants?|profiles?|people) (were|was|are|is|had|have|has|seemed|felt) (a )?(better|stronger|closer|more (suitable|relevant|aligned|experienced))\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'someone was appointed',
    re: /\b(offered|given|offer|offering|give|giving) (the|this) ([\w'-]+ ){0,4}(role|position|job|post) to (a|another|someone|an|the other)\b|\bthe (job )?offer (went|has gone|is going) to (a|another|someone|the other)\b|\b(appointed|hired|selected|chosen|found|recruited) (a|another|an internal|the successful) (candidate|applicant|person)\b|\b(appointed|hired|selected|chosen|found) someone( else)? (for|to fill) (the|this) (role|position|post|job|vacancy)\b/,
    veto: /\bif\b|\bonce\b|\buntil\b|\bstill (considering|interested in|keen on)\b|\b(other|sister|another) (role|position|vacancy|opening|team)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'a pass',
    // "it's a no from us", "we're going to pass" - but not "we'll pass your CV on".
    re: /\b(it's|it is) a (no|pass) from (us|me|the team|the panel|them)\b|\b(we're|we are|we'll|we will|decided to|going to|have to|had to) pass( on (you|this (one|role|time|occasion))\b| for now\b| this time\b|[.,!;]|$)/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'not what we need',
    re: /\b(isn't|aren't|wasn't|weren't|is not|are not|was not|were not) (quite |exactly )?(what|who) (we('re| are) looking for|we need|the (team|role) needs)\b|\b(don't|do not) have (a |any )?(suitable |matching |relevant )?(role|position|opening|vacancy|vacancies|openings|roles|positions) (for you|that (match|matches|suit|suits) your)\b/,
    veto: /\byet\b|\bif\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'status: not going on',
    // An applicant portal's status line ("Status: Not moving forward", "Status - Not selected").
    re: /\bstatus( update)?\s*(:|-|is now|changed to)\s*"?(not moving forward|not selected|not progressing|not progressed|unsuccessful|rejected|declined|closed|no longer (under|in) consideration)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'role no longer open',
    re: /\b(role|position|vacancy|job|opening|post) (is|was) no longer (available|open|active)\b/,
    veto: /\b(saved|bookmarked|alert)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'consolation for the effort',
    re: /\b(sorry for|apologi[sz]e for) any disappointment\b|\b(recognise|recognize|appreciate|grateful for) the (effort|time) (that )?(goes into|you (spent|put|invested))\b|\bwish you (every success|all the best|the best of luck|luck) in your (search|job search|career)\b/,
  },
];

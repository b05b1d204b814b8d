/** Right after an interview, while the decision is still open: thanks, a personal line, the interest. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const INTERVIEW_THANK_YOU: readonly VariantSource[] = [
  {
    subject: 'Thank you{{#if role}}: {{role}} interview{{/if}}',
    body: `${hi}

Thank you for talking with me{{#if interviewDay}} {{interviewDay}}{{/if}}{{#if role}} about the {{role}} role{{/if}}. I came away with a much clearer picture of the work at {{company}}, and I am keener on it than before.
{{#if rapport}}

I especially enjoyed our conversation about {{rapport}}, and I have been thinking about it since.
{{/if}}
{{#if topStrength}}

If it helps as you decide, I would bring {{topStrength}} to the team from day one.
{{/if}}

I look forward to hearing about next steps.

${signOff('Warm regards')}`,
  },
  {
    subject: 'Thank you for the interview',
    body: `${dear}

Thank you for your time{{#if interviewDay}} {{interviewDay}}{{/if}}. I enjoyed hearing how the team at {{company}} works, and it confirmed that this is a place where I could do my best work.
{{#if rapport}}

{{#if rapportIsTopic}}It was a pleasure to find that we both care about {{rapport}}.{{else}}It was a pleasure to talk about {{rapport}}.{{/if}}
{{/if}}
{{#if role}}

The {{role}} role fits what I want to do next very well, and I hope that came across.
{{/if}}

Please let me know if there is anything more I can send you.

${signOff('Kind regards')}`,
  },
  {
    subject: 'Following up on our conversation',
    body: `${hello}

I wanted to say thanks for meeting with me{{#if interviewDay}} {{interviewDay}}{{/if}}. Your questions were thoughtful, and they gave me a good sense of what matters to {{company}}.
{{#if rapport}}

I am still smiling about our detour into {{rapport}}.
{{/if}}
{{#if portfolioUrl}}

In case it is useful, more of my work is at {{portfolioUrl}}.
{{/if}}

I am looking forward to the next step.

${signOff('Best wishes')}`,
  },
  {
    subject: 'Many thanks{{#if firstName}}, {{firstName}}{{/if}}',
    body: `${hi}

Many thanks for the interview{{#if role}} for the {{role}} position{{/if}}. I left with a better idea of the challenges ahead for your team, and a few thoughts on how I could help with them.
{{#if rapport}}

Talking about {{rapport}} with you was a real pleasure.
{{/if}}
{{#if strengths}}

I am confident that {{strengths}} would serve the team well.
{{/if}}

Thank you again for your time.

${signOff('Warmly')}`,
  },
  {
    subject: 'Thank you for your time at {{company}}',
    body: `${hello}

Thank you for a genuinely enjoyable interview{{#if interviewDay}} {{interviewDay}}{{/if}}. You made it easy to speak openly, and I appreciated that.
{{#if rapport}}

Whatever happens next, I would be glad to carry on our chat about {{rapport}}.
{{/if}}

I remain very interested in {{#if role}}the {{role}} role at {{company}}{{else}}joining {{company}}{{/if}}, and I hope to hear from you soon.

${signOff('All the best')}`,
  },
];

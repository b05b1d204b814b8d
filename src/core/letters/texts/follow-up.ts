/** About a month after the resell letter: the promised check-in, still interested, an easy opening. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const FOLLOW_UP: readonly VariantSource[] = [
  {
    subject: 'Checking back in, as promised',
    body: `${hi}

{{#if promisedOn}}When I wrote on {{promisedOn}}, I said I would check back in about a month, so here I am.{{else}}As I said in my last note, I am checking back in.{{/if}} I am still very interested in {{company}}{{#if role}} and in work like the {{role}} role{{/if}}.
{{#if strengths}}

In case it is useful for any upcoming openings: I bring {{strengths}}.
{{/if}}
{{#if portfolioUrl}}

My latest work is at {{portfolioUrl}}.
{{/if}}

Is there anything on the horizon where I could help? Either way, thank you for reading.

${signOff('Best regards')}`,
  },
  {
    subject: 'Following up, as I said I would',
    body: `${dear}

I hope the last few weeks have gone well. {{#if promisedOn}}In my note of {{promisedOn}} I said I would follow up around now{{else}}I said I would follow up around now{{/if}}, and I wanted to keep my word.

My interest in joining {{company}} is as strong as it was. If the team's plans have shifted or a new need has come up, I would be glad to talk.

Thank you, and I hope to hear from you.

${signOff('Kind regards')}`,
  },
  {
    subject: 'Still keen on {{company}}',
    body: `${hello}

A quick follow-up{{#if promisedOn}} to my letter of {{promisedOn}}{{/if}}: I am still hoping to work with {{company}}{{#if role}}, whether in a role like {{role}} or in something new{{/if}}.
{{#if topStrength}}

What I would most like to bring to your team is {{topStrength}}.
{{/if}}

If there is a good time for a short call in the coming weeks, I would welcome it.

${signOff('With thanks')}`,
  },
];

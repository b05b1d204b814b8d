/** To the agency recruiter who put the user forward: the outcome, what was learned, still looking. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const RECRUITER_UPDATE: readonly VariantSource[] = [
  {
    subject: 'Update on {{company}}{{#if role}} ({{role}}){{/if}}',
    body: `${hi}

A quick update: {{company}} has let me know they are going ahead with another candidate{{#if role}} for the {{role}} role{{/if}}.
{{#if feedback}}

The feedback they shared was: {{feedback}}
{{/if}}

Thank you for putting me forward and for your help along the way. Please keep me in mind for similar roles; I am still actively looking.

${signOff('Best')}`,
  },
  {
    subject: 'The outcome at {{company}}',
    body: `${hello}

I wanted you to hear it from me: {{#if role}}the {{role}} process at {{company}}{{else}}my process at {{company}}{{/if}} ended without an offer.
{{#if feedback}}

Here is what they told me, in case it helps with placing me next time: {{feedback}}
{{/if}}

I am grateful for the introduction, and I would be glad to hear about anything else that fits.

${signOff('Thanks')}`,
  },
  {
    subject: '{{company}} decision and next steps',
    body: `${dear}

Thank you for your support through the {{company}} interviews. They have decided not to move forward with me this time.
{{#if feedback}}

Their comments were useful: {{feedback}} I am taking that on board.
{{/if}}

I would like to keep working with you. If anything comes up that matches my experience, I am ready to talk.

${signOff('Kind regards')}`,
  },
];

/** An application gone quiet: a short, polite question about where things stand. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const STATUS_CHECK: readonly VariantSource[] = [
  {
    subject: 'Checking in on my application{{#if role}} for {{role}}{{/if}}',
    body: `${hi}

I applied {{#if role}}for the {{role}} role at {{company}}{{else}}to {{company}}{{/if}}{{#if appliedOn}} on {{appliedOn}}{{/if}} and wanted to ask where things stand.

I am still very interested, and I would be happy to send anything else that would help.

${signOff('Thank you for your time')}`,
  },
  {
    subject: 'Following up on my {{company}} application',
    body: `${dear}

I hope you are well. I am writing to follow up on my application{{#if role}} for the {{role}} position{{/if}}{{#if appliedOn}}, sent on {{appliedOn}}{{/if}}.
{{#if strengths}}

The role draws on what I do best ({{strengths}}), so I remain keen.
{{/if}}

Could you let me know whether it is still open, and whether there is a timeline for next steps? Thank you in advance.

${signOff('Kind regards')}`,
  },
  {
    subject:
      '{{#if role}}A quick question about the {{role}} role{{else}}A quick question about my application{{/if}}',
    body: `${hello}

I wanted to see whether there is any news on {{#if role}}the {{role}} role{{else}}my application{{/if}}. {{#if appliedOn}}Since I applied on {{appliedOn}}, my interest in {{company}} has only grown.{{else}}My interest in {{company}} has only grown since I applied.{{/if}}

If the position has been filled, I would appreciate knowing, so I can watch for the next one.

${signOff('Many thanks')}`,
  },
];

/** A role newly opened at a company the user interviewed with: reach out to the person met there. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const NEW_OPENING: readonly VariantSource[] = [
  {
    subject:
      '{{#if openingRole}}The {{openingRole}} opening at {{company}}{{else}}A new opening at {{company}}{{/if}}',
    body: `${hi}

I noticed that {{company}} is hiring again{{#if openingRole}}, for the {{openingRole}} role{{/if}}{{#if openingUrl}} ({{openingUrl}}){{/if}}, and I would love to be considered.
{{#if role}}

We spoke when I interviewed for the {{role}} role, and I have stayed keen on the team since.
{{/if}}
{{#if strengths}}

I think it is a strong match for what I do best: {{strengths}}.
{{/if}}

Would you be open to passing my name along, or pointing me to the right person?

${signOff('Best regards')}`,
  },
  {
    subject:
      '{{#if openingRole}}Interested in the {{openingRole}} role{{else}}Interested in a new role at {{company}}{{/if}}',
    body: `${dear}

I hope you are well. I saw {{#if openingRole}}the new {{openingRole}} opening{{else}}a new opening{{/if}} at {{company}}{{#if openingUrl}} ({{openingUrl}}){{/if}} and wanted to reach out to you first.

{{#if role}}Since we met during the {{role}} process, my interest in {{company}} has only grown.{{else}}My interest in {{company}} has only grown since we met.{{/if}}
{{#if portfolioUrl}}

My recent work is at {{portfolioUrl}}.
{{/if}}

I will apply through the usual route as well. If you have a moment, I would be grateful for any advice on how best to present myself for it.

${signOff('Kind regards')}`,
  },
  {
    subject: 'A role at {{company}} I would love to talk about',
    body: `${hello}

{{company}} is recruiting again{{#if openingRole}}, this time for the {{openingRole}} role{{/if}}, and I wanted to let you know that I am interested.{{#if openingUrl}} The posting is here: {{openingUrl}}{{/if}}
{{#if topStrength}}

I think my strength in {{topStrength}} would make a real difference there.
{{/if}}

If you are happy to, I would appreciate a word with you or the hiring manager about it.

${signOff('All the best')}`,
  },
];

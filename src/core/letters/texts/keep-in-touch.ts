/** Every month or few: a short hello that brings something (a link, their company's news) and asks nothing. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const KEEP_IN_TOUCH: readonly VariantSource[] = [
  {
    subject: '{{#if linkTitle}}Thought of you: {{linkTitle}}{{else}}Thought of you{{/if}}',
    body: `${hi}

{{#if linkUrl}}{{#if linkIsNews}}I just read the latest news from {{company}}{{#if linkTitle}} ("{{linkTitle}}"){{/if}} and it made me think of you: {{linkUrl}}{{else}}I came across this{{#if linkTitle}} piece, "{{linkTitle}}",{{/if}} and thought of you: {{linkUrl}}{{/if}}{{else}}It has been a little while, and I wanted to say hello.{{/if}}
{{#if linkNote}}

{{linkNote}}
{{/if}}
{{#if rapport}}

It took me straight back to our conversation about {{rapport}}.
{{/if}}

No need to reply; I hope things are going well at {{company}}.

${signOff('Best wishes')}`,
  },
  {
    subject: '{{#if linkIsNews}}Saw the news from {{company}}{{else}}Something you might enjoy{{/if}}',
    body: `${hello}

I hope you are well. {{#if linkUrl}}{{#if linkIsNews}}I have been following {{company}}'s news, and this one caught my eye{{#if linkTitle}}: "{{linkTitle}}"{{/if}}. {{linkUrl}}{{else}}I read something recently that I think you would enjoy{{#if linkTitle}}: "{{linkTitle}}"{{/if}}. Here it is: {{linkUrl}}{{/if}}{{else}}I have been following what {{company}} is up to and wanted to check in.{{/if}}
{{#if linkNote}}

{{linkNote}}
{{/if}}

I would be glad to hear how things are going on your side whenever you have a moment.

${signOff('Warm regards')}`,
  },
  {
    subject: 'A quick hello',
    body: `${dear}

It has been a while since we last spoke, so I wanted to send a quick hello.
{{#if linkUrl}}

{{#if linkIsNews}}I also saw this about {{company}} and enjoyed reading it{{else}}{{#if linkTitle}}"{{linkTitle}}" seemed right up your street{{else}}This seemed right up your street{{/if}}{{#if rapport}}{{#if rapportIsTopic}}, given our shared interest in {{rapport}}{{/if}}{{/if}}{{/if}}: {{linkUrl}}
{{/if}}
{{#if linkNote}}

{{linkNote}}
{{/if}}

I hope the year is treating you and the team well.

${signOff('All the best')}`,
  },
];

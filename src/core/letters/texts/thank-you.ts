/** After a rejection, one to each interviewer: thanks without an ask, and a door left open. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const THANK_YOU: readonly VariantSource[] = [
  {
    subject: 'Thank you{{#if firstName}}, {{firstName}}{{/if}}',
    body: `${hi}

I heard that {{company}} has chosen another candidate{{#if role}} for the {{role}} role{{/if}}. I was sorry to hear it, and I still want to thank you for the time you gave me{{#if interviewDay}} {{interviewDay}}{{/if}}.
{{#if rapport}}

Our talk about {{rapport}} was a highlight of the whole process for me.
{{/if}}

I hope our paths cross again, and I wish you and the team a good season ahead.

${signOff('All the best')}`,
  },
  {
    subject: 'Thanks for your time{{#if role}} on the {{role}} interviews{{/if}}',
    body: `${dear}

Thank you for interviewing me{{#if interviewDay}} {{interviewDay}}{{/if}}. The decision did not go my way this time, but meeting you made the process worthwhile.
{{#if rapport}}

{{#if rapportIsTopic}}It is rare to meet someone who cares about {{rapport}} as much as I do, so that part of our conversation has stayed with me.{{else}}Our chat about {{rapport}} has stayed with me.{{/if}}
{{/if}}
{{#if isHiringManager}}

Thank you as well for leading the process with such care.
{{/if}}

I would be glad to keep in touch.

${signOff('Kind regards')}`,
  },
  {
    subject: 'Thank you for the conversation',
    body: `${hello}

{{#if role}}Now that the {{role}} search has closed{{else}}Now that your search has closed{{/if}}, I wanted to send a short note of thanks. I appreciated how open you were when we spoke{{#if interviewDay}} {{interviewDay}}{{/if}}, and I learned a lot about how {{company}} works.
{{#if rapport}}

I also enjoyed swapping thoughts on {{rapport}}; I would happily pick that thread up again some time.
{{/if}}

Thank you again, and best of luck with the rest of the year.

${signOff('Best wishes')}`,
  },
  {
    subject: 'Grateful for our conversation',
    body: `${dear}

Even though I was not offered the role, I am grateful for the chance to meet you{{#if interviewDate}} on {{interviewDate}}{{/if}}.
{{#if rapport}}

You made the interview feel like a real conversation, and {{#if rapportIsTopic}}discovering that we share an interest in {{rapport}}{{else}}our tangent about {{rapport}}{{/if}} was a lovely bonus.
{{else}}

You made the interview feel like a real conversation, which I do not take for granted.
{{/if}}

I think highly of what {{company}} is building, and I hope we stay in touch.

${signOff('Thanks again')}`,
  },
  {
    subject: 'With thanks from the {{company}} interviews',
    body: `${hi}

Thank you for your part in my interviews at {{company}}{{#if role}} for the {{role}} position{{/if}}. I have had the news, and while I am disappointed, I leave with real respect for the team.
{{#if rapport}}

{{#if rapportIsTopic}}If you ever come across something good on {{rapport}}, I would love to hear about it, and I will do the same.{{else}}I smiled again later, remembering {{rapport}}.{{/if}}
{{/if}}
{{#if personTitle}}

Hearing how you approach things as {{personTitle}} gave me plenty to think about.
{{/if}}

${signOff('Wishing you well')}`,
  },
];

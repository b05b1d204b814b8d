/** After a rejection: thanks, and a small, easy-to-decline request for one or two things to improve. */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const FEEDBACK_REQUEST: readonly VariantSource[] = [
  {
    subject: 'Could I ask for a little feedback?',
    body: `${hi}

Thank you for letting me know about the decision{{#if role}} on the {{role}} role{{/if}}, and for the time {{company}} spent on my application.

If you could spare a minute, I would value any feedback on my interviews: one or two things I could do better would help me a great deal. I understand if that is not possible.

${signOff('Thanks again')}`,
  },
  {
    subject: 'Thank you, and one small question',
    body: `${dear}

I appreciated hearing back from you{{#if role}} about the {{role}} position{{/if}}, even if the news was not what I had hoped for.
{{#if interviewDay}}

Looking back on our conversation {{interviewDay}}, I would like to learn from it.
{{/if}}

Would you be willing to share what tipped the decision, or where my answers fell short? Even a line or two would be welcome.

${signOff('With thanks')}`,
  },
  {
    subject: 'Learning from the {{company}} process',
    body: `${hello}

Thank you for the update and for considering me{{#if role}} for the {{role}} role{{/if}}. I enjoyed getting to know {{company}}.

I am always trying to improve, and your view would help. Is there anything in my background or my interviews that you would suggest I work on? A short reply is plenty.

${signOff('Best regards')}`,
  },
];

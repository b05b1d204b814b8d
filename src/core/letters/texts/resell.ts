/**
 * After a rejection: thanks, the fit restated with the user's own strengths, the interest that
 * continues, and a dated promise to be back in touch (the follow-up step keeps it).
 */
import { dear, hello, hi, signOff, type VariantSource } from './parts.js';

export const RESELL: readonly VariantSource[] = [
  {
    subject: 'Thank you, and still interested in {{company}}',
    body: `${dear}

Thank you for considering me{{#if role}} for the {{role}} role{{/if}}. Although it did not work out this time, my interest in {{company}} has not changed.
{{#if strengths}}

I believe my background is a good match for your team: I bring {{strengths}}, and I would be glad to put them to work for you in whatever role fits.
{{/if}}
{{#if portfolioUrl}}

You can see recent examples of my work at {{portfolioUrl}}.
{{/if}}

I will be in touch again in about a month, around {{followUpDate}}, in case your needs have changed by then.

${signOff('Best regards')}`,
  },
  {
    subject: 'Staying in touch with {{company}}',
    body: `${hi}

I appreciated the chance to interview{{#if role}} for the {{role}} position{{/if}}, and I am grateful for your time.
{{#if strengths}}

I still think I could add a lot at {{company}}. The strengths I would bring ({{strengths}}) apply well beyond a single opening.
{{/if}}

{{company}} remains high on my list. I plan to check back with you around {{followUpDate}} to see what is on the horizon.

${signOff('Warm regards')}`,
  },
  {
    subject: 'Thank you, and a note for the future',
    body: `${hello}

Thanks for letting me know about your decision{{#if role}} on the {{role}} role{{/if}}. I enjoyed the process{{#if rapport}}, especially our conversation about {{rapport}}{{/if}}.

Should another opening come up, I would love to be considered{{#if strengths}}: {{strengths}} are where I am strongest, and they suit the work your team does{{/if}}.
{{#if portfolioUrl}}

My portfolio is at {{portfolioUrl}} if you would like to see more.
{{/if}}

I will reach out again around {{followUpDate}}, roughly a month from now. Until then, thank you again.

${signOff('All the best')}`,
  },
];

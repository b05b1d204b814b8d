/** Template snippets shared by the built-in letters: greetings and sign-offs that survive missing names. */

export interface VariantSource {
  subject: string;
  body: string;
}

export const hi = '{{#if firstName}}Hi {{firstName}},{{else}}Hello,{{/if}}';
export const hello = '{{#if firstName}}Hello {{firstName}},{{else}}Hello,{{/if}}';
export const dear = '{{#if firstName}}Dear {{firstName}},{{else}}Dear {{company}} team,{{/if}}';

/** The closing word and, when the profile has one, the signature on the lines below it. */
export const signOff = (closing: string) => `${closing},{{#if signature}}\n{{signature}}{{/if}}\n`;

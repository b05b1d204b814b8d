import { describe, expect, it } from 'vitest';
import { checkTone, MAX_WORDS } from './check-tone.js';
import { draftLetter } from './draft-letter.js';
import { LETTER_KINDS } from './letter-kind.js';
import { defaultTemplates } from './templates.js';
import { bareInput, fullInput } from './test-fixtures.js';

const FLAGGED: Array<[string, string, string]> = [
  ["Honestly, it's your loss.", 'resentment', "it's your loss"],
  ['It’s your loss, not mine.', 'resentment', 'It’s your loss'],
  ["You'll regret this decision.", 'resentment', "You'll regret"],
  ['I think you made a huge mistake.', 'resentment', 'you made a huge mistake'],
  ['I was clearly more qualified than the others.', 'resentment', 'I was clearly more qualified'],
  ['The whole thing was unfair.', 'resentment', 'unfair'],
  ['Good luck finding someone better.', 'resentment', 'Good luck finding someone better'],
  ['You never even replied to my last email.', 'blame', 'You never even replied'],
  ['Nobody bothered to tell me.', 'blame', 'Nobody bothered'],
  ['Your process was a mess from the start.', 'blame', 'Your process was a mess'],
  ['Frankly that was a waste of my time.', 'blame', 'waste of my time'],
  ['I expect an answer by Friday.', 'pressure', 'I expect an answer'],
  ["If I don't hear back by Monday I will move on.", 'pressure', "If I don't hear back by"],
  ['Please reply ASAP.', 'pressure', 'ASAP'],
  ['I have other offers on the table.', 'pressure', 'I have other offers'],
  ['Thanks for nothing.', 'sarcasm', 'Thanks for nothing'],
  ["I'm sure whoever you hired is just perfect.", 'sarcasm', "I'm sure whoever you hired is just perfect"],
  ['What a surprise.', 'sarcasm', 'What a surprise'],
  ['Please reconsider my application.', 'begging', 'Please reconsider'],
  ['I really need this job.', 'begging', 'I really need this job'],
  ["I'll take any role you have.", 'begging', "I'll take any role"],
  ['I am desperate to work with you.', 'begging', 'desperate'],
  ['Please give me one more chance.', 'begging', 'give me one more chance'],
  ['I am VERY disappointed.', 'shouting', 'VERY'],
  ['I THINK THIS WAS WRONG.', 'shouting', 'I THINK THIS WAS WRONG'],
  ['Why did this happen?!', 'exclamation', '?!'],
  ['Thanks!!!', 'exclamation', '!!!'],
];

const POLITE = [
  'Thank you for the interview yesterday. I could start immediately if a role opens.',
  'It felt as if we had known each other for years.',
  'I was so sorry for your loss when I heard the news.',
  'I made a mistake in my answer about caching, and I have read up on it since.',
  'I would love another chance to talk about the platform work.',
  'I need a role where I can keep learning, and yours looked like one.',
  'Our team moved from AWS to GCP and I wrote the SQL migration for the NASA API.',
  'Thanks a lot for your time!',
  'Thank you! I enjoyed it. Best of luck with the launch.',
  'Please let me know if there is anything else I can send.',
  'I was disappointed, but I understand these decisions are hard.',
  'I am still very interested in the team, and I will check back in a month.',
  'Did you get a chance to read the article I shared?',
  'I will send the portfolio right away.',
];

describe('checkTone', () => {
  it.each(FLAGGED)('flags %j as %s', (text, rule, phrase) => {
    const findings = checkTone(text);
    const hit = findings.find((f) => f.rule === rule);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit!.phrase).toBe(phrase);
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.phrase);
    expect(hit!.reason.length).toBeGreaterThan(10);
    expect(hit!.gentler.length).toBeGreaterThan(0);
  });

  it.each(POLITE)('leaves %j alone', (text) => {
    expect(checkTone(text)).toEqual([]);
  });

  it('passes every built-in letter clean, with full and with bare records', () => {
    for (const kind of LETTER_KINDS) {
      for (const v of defaultTemplates().variants(kind)) {
        for (const input of [
          fullInput(kind, { variant: v.variant }),
          bareInput(kind, { variant: v.variant }),
        ]) {
          const draft = draftLetter(input);
          expect(checkTone(draft.text), `${kind}.${v.variant}`).toEqual([]);
          expect(checkTone(draft.subject), `${kind}.${v.variant} subject`).toEqual([]);
        }
      }
    }
  });

  it('says how long an over-long note is and what to aim for, quoting the part that runs over', () => {
    const sentence = 'I enjoyed our talk about the roadmap and the team. ';
    const text = sentence.repeat(25).trim(); // 250 words
    const [finding] = checkTone(text).filter((f) => f.rule === 'length');
    expect(finding!.reason).toContain('250 words');
    expect(finding!.reason).toContain(`${MAX_WORDS} or fewer`);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.phrase);
    expect(finding!.phrase.split(/\s+/)).toHaveLength(50);
    expect(checkTone(text, { maxWords: 300 }).filter((f) => f.rule === 'length')).toEqual([]);
  });

  it('flags a run-on sentence', () => {
    const text = `I wanted to say ${'and also that '.repeat(15)}thanks.`;
    const [finding] = checkTone(text);
    expect(finding!.rule).toBe('length');
    expect(finding!.reason).toMatch(/This sentence is \d+ words long/);
  });

  it('counts exclamation marks across the note', () => {
    const findings = checkTone('Great to meet you! Thanks for the tour! See you soon!');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'exclamation', phrase: 'See you soon!' });
    expect(findings[0]!.reason).toContain('3 exclamation marks');
  });

  it('finds every problem in an edited letter, in reading order', () => {
    const text = 'Hi Dana,\n\nThanks for nothing. It’s your loss!! I expect a reply by Friday.\n\nAlex';
    const findings = checkTone(text);
    expect(findings.map((f) => f.rule)).toEqual(['sarcasm', 'resentment', 'exclamation', 'pressure']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });
});

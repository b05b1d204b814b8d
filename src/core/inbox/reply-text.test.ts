import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { splitReply } from './reply-text.js';
import { mail } from './test-message.js';

describe('splitReply: where the newest text ends', () => {
  it('cuts at a bare "Name wrote:" line', () => {
    const parts = splitReply(
      'Sounds good, see you then.\n\nNadia Perez wrote:\nWe could not offer you the role.',
    );
    expect(parts.own).toBe('Sounds good, see you then.');
    expect(parts.quoted).toContain('could not offer');
  });

  it('cuts at "Name <address> wrote:"', () => {
    const parts = splitReply('Thanks!\n\nNadia Perez <nadia@fenwick.example> wrote:\nEarlier note.');
    expect(parts.own).toBe('Thanks!');
  });

  it('cuts at a "From: / To:" header block without a Sent line', () => {
    const parts = splitReply(
      'Happy to help.\n\nFrom: Nadia Perez\nTo: Sam Taylor\nSubject: Role\n\nOld text.',
    );
    expect(parts.own).toBe('Happy to help.');
    expect(parts.marker).toContain('From:');
  });

  it('keeps a sentence that merely mentions what someone wrote', () => {
    const parts = splitReply('Nadia wrote a lovely note about you, and we would like to meet.');
    expect(parts.own).toBe('Nadia wrote a lovely note about you, and we would like to meet.');
    expect(parts.marker).toBeNull();
  });
});

describe('newest content above a quote decides', () => {
  it('reads an interview invitation above a quoted rejection as an interview', () => {
    const c = classify(
      mail({
        subject: 'Re: Your application',
        headers: { 'in-reply-to': '<q@fenwick.example>' },
        text: [
          'Hi Sam,',
          '',
          'A second opening has come up on the payments team and we would like to invite you to an interview for it next Tuesday.',
          '',
          'Nadia',
          '',
          'Nadia Perez <nadia@fenwick.example> wrote:',
          'Unfortunately we have decided not to move forward with your application.',
        ].join('\n'),
      }),
    );
    expect(c.kind).toBe('interview');
  });
});

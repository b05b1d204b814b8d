import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readMbox } from './mbox-source.js';
import { parseMessage } from './parse-message.js';
import type { SourceItem } from './source-item.js';

const dir = mkdtempSync(join(tmpdir(), 'notnow-mbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `t${n++}.mbox`);
  writeFileSync(path, content);
  return path;
}
async function all(path: string, options = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readMbox(path, options)) out.push(item);
  return out;
}
const text = (item: SourceItem | undefined) => Buffer.from(item?.raw ?? new Uint8Array()).toString('utf8');

/** mboxrd writing, as Gmail's Takeout and most tools do it. */
function mboxrd(messages: string[], nl = '\n'): string {
  return messages
    .map((m, i) => {
      const escaped = m.replace(/^(>*From )/gm, '>$1').replace(/\n/g, nl);
      return `From sender${i}@example.com Fri Feb 27 11:03:14 +0000 2026${nl}${escaped}${nl}`;
    })
    .join('');
}

const msg = (subject: string, body: string) => `From: a@acme.example\nSubject: ${subject}\n\n${body}\n`;

describe('readMbox', () => {
  it('splits messages, un-quotes >From lines and keeps unescaped From lines of bodies', async () => {
    const raw =
      'From MAILER-DAEMON Fri Feb 27 11:03:14 2026\n' +
      msg(
        'one',
        'Hello\n>From me\n>>From quoted twice\n\nFrom the team: thanks\n\nFrom Mar 3 at 10:00, 2026 on we meet.\nbye',
      ) +
      '\nFrom - Sat Jan 03 10:00:00 2026\n' +
      msg('two', 'second') +
      '\n';
    const items = await all(file(raw));
    expect(items).toHaveLength(2);
    expect(text(items[0])).toBe(
      msg(
        'one',
        'Hello\nFrom me\n>From quoted twice\n\nFrom the team: thanks\n\nFrom Mar 3 at 10:00, 2026 on we meet.\nbye',
      ),
    );
    expect(text(items[1])).toBe(msg('two', 'second'));
    expect((await parseMessage(items[1]!.raw!)).subject).toBe('two');
  });

  it('reads CRLF files and keeps their line ends', async () => {
    const items = await all(file(mboxrd([msg('a', 'x\nFrom y'), msg('b', 'z')], '\r\n')));
    expect(items.map(text)).toEqual(
      [msg('a', 'x\nFrom y'), msg('b', 'z')].map((m) => m.replace(/\n/g, '\r\n')),
    );
  });

  it('takes a last message without a trailing newline whole', async () => {
    const items = await all(
      file(
        `From x Fri Feb 27 11:03:14 2026\n${msg('a', 'a')}\nFrom y Fri Feb 27 11:03:14 2026\nSubject: last\n\nno newline`,
      ),
    );
    expect(text(items[1])).toBe('Subject: last\n\nno newline');
  });

  it('yields nothing for an empty file', async () => {
    expect(await all(file(''))).toEqual([]);
  });

  it('passes a truncated last message on as it is, for the parser to judge, after the whole ones', async () => {
    const items = await all(
      file(
        `${mboxrd([msg('whole', 'ok')])}From z Fri Feb 27 11:03:14 2026\nSubject: cut\nContent-Type: multipart/mixed; boundary=q\n\n--q\nContent-Type: text/plain\n\nhalf a sen`,
      ),
    );
    expect(items).toHaveLength(2);
    expect(text(items[0])).toBe(msg('whole', 'ok'));
    const cut = await parseMessage(items[1]!.raw!);
    expect(cut.subject).toBe('cut');
    expect(cut.text).toContain('half a sen');
    const headerCut = await all(file('From z Fri Feb 27 11:03:14 2026\nSubj'));
    await expect(parseMessage(headerCut[0]!.raw!)).rejects.toThrow(/Cannot read this e-mail/);
  });

  it('gives each item its offset and resumes from a checkpoint', async () => {
    const path = file(mboxrd([msg('a', '1'), msg('b', '2'), msg('c', '3')]));
    const items = await all(path);
    const [first, second] = items;
    expect(first?.resume).toMatchObject({ kind: 'mbox', path, offset: 0 });
    expect(second?.key).toBe(`${path}@${first?.resume?.kind === 'mbox' ? first.resume.nextOffset : -1}`);
    const next = first?.resume?.kind === 'mbox' ? first.resume.nextOffset : -1;
    const rest = await all(path, { startOffset: next });
    expect(rest.map(text)).toEqual([msg('b', '2'), msg('c', '3')]);
    expect(rest.map((i) => i.key)).toEqual(items.slice(1).map((i) => i.key));
    const last = items[2]?.resume;
    expect(await all(path, { startOffset: last?.kind === 'mbox' ? last.nextOffset : -1 })).toEqual([]);
    await expect(all(path, { startOffset: 3 })).rejects.toThrow(/no message starts there/);
    await expect(all(path, { startOffset: 10 ** 9 })).rejects.toThrow(/has only \d+ bytes/);
  });

  it('reports a message over the cap as an error item and reads on', async () => {
    const big = `${'x'.repeat(99)}\n`.repeat(2000);
    const longLine = 'y'.repeat(300_000);
    const path = file(mboxrd([msg('small', 'a'), msg('big', big), msg('long', longLine), msg('after', 'b')]));
    const items = await all(path, { maxMessageBytes: 100_000, chunkBytes: 4096 });
    expect(items.map((i) => (i.error ? 'error' : text(i)))).toEqual([
      msg('small', 'a'),
      'error',
      'error',
      msg('after', 'b'),
    ]);
    expect(items[1]?.error).toMatch(/larger than the 98 KiB limit/);
  });

  it('says when a file is not an mbox, and when it cannot be opened', async () => {
    const items = await all(file(msg('an eml', 'body')));
    expect(items).toHaveLength(1);
    expect(items[0]?.error).toMatch(/does not start with a "From " separator line/);
    await expect(all(join(dir, 'missing.mbox'))).rejects.toThrow(/missing.mbox: no such file or folder/);
    await expect(all(dir)).rejects.toThrow(/it is a folder/);
  });

  it('gives back exactly the messages an mboxrd writer wrote, whatever the chunk borders', async () => {
    const line = fc.oneof(
      fc.constantFrom(
        '',
        'From ',
        'From the team',
        '>From x',
        '>>From y',
        'From a Fri Feb 27 11:03:14 2026',
        'a: b',
        '\r',
      ),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/\n/g, ' ')),
    );
    const message = fc
      .tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.array(line, { maxLength: 12 }))
      .map(([s, lines]) => `Subject: ${s.replace(/[\r\n]/g, ' ')}\n\n${lines.join('\n')}\n`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        async (messages, chunkBytes) => {
          const items = await all(file(mboxrd(messages)), { chunkBytes });
          expect(items.map(text)).toEqual(messages);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readMbox on a large file', () => {
  it('streams 200 MB in bounded memory, skipping an oversized message without holding it', async () => {
    const path = join(dir, 'large.mbox');
    const fd = openSync(path, 'w');
    const body =
      `${'Thank you for applying. We will be in touch soon about next steps. '.repeat(15)}\n`.repeat(64);
    const block = Buffer.from(mboxrd(Array.from({ length: 16 }, (_, i) => msg(`m${i}`, body))));
    let written = 0;
    let blocks = 0;
    while (written < 200 * 1024 * 1024) {
      if (blocks === 100) {
        // One 30 MB message, over the 8 MB cap used here, half of it a single line with no newline.
        const huge = `${'z'.repeat(15 * 1024 * 1024)}\n${'q'.repeat(1023)}\n`.padEnd(30 * 1024 * 1024, 'w');
        written += writeSync(fd, mboxrd([msg('huge', huge)]));
      }
      written += writeSync(fd, block);
      blocks++;
    }
    closeSync(fd);

    const before = process.memoryUsage().rss;
    let peak = before;
    let messages = 0;
    const errors: string[] = [];
    for await (const item of readMbox(path, { maxMessageBytes: 8 * 1024 * 1024 })) {
      if (item.error) errors.push(item.error);
      else messages++;
      if (messages % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    rmSync(path);

    expect(messages).toBe(blocks * 16);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/30\.0 MiB, larger than the 8\.0 MiB limit/);
    // A whole-file read would add 200 MB; the reader holds one chunk and one message (≤ 8 MiB).
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  });
});

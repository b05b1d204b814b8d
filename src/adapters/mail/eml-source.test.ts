import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEmlPaths } from './eml-source.js';
import type { SourceItem } from './source-item.js';

const root = mkdtempSync(join(tmpdir(), 'notnow-eml-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const put = (path: string, content: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
};
const mail = (subject: string) => `From: a@acme.example\r\nSubject: ${subject}\r\n\r\nbody\r\n`;
async function all(paths: string[], options = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readEmlPaths(paths, options)) out.push(item);
  return out;
}
const summary = (items: SourceItem[]) =>
  items.map(
    (i) => `${i.key.slice(root.length + 1)} ${i.error ?? Buffer.from(i.raw).toString().split('\r\n')[1]}`,
  );

describe('readEmlPaths', () => {
  put('box/b.eml', mail('b'));
  put('box/a.EML', mail('a'));
  put('box/notes.txt', 'not mail');
  put('box/deeper/c.eml', mail('c'));
  put('box/deeper/even/d.eml', mail('d'));
  put('single.msg', mail('single'));
  put('empty/readme.md', '# nothing');
  symlinkSync(join(root, 'box'), join(root, 'box/deeper/loop'));

  it('reads folders recursively in name order, .eml only, and named files whatever their extension', async () => {
    expect(summary(await all([join(root, 'box'), join(root, 'single.msg')]))).toEqual([
      'box/a.EML Subject: a',
      'box/b.eml Subject: b',
      'box/deeper/c.eml Subject: c',
      'box/deeper/even/d.eml Subject: d',
      'single.msg Subject: single',
    ]);
  });

  it('reports a missing path and a folder without messages as items, and goes on', async () => {
    const items = await all([join(root, 'nope'), join(root, 'empty'), join(root, 'box/b.eml')]);
    expect(summary(items)).toEqual([
      `nope cannot read ${join(root, 'nope')}: no such file or folder`,
      `empty no .eml files in the folder ${join(root, 'empty')}`,
      'box/b.eml Subject: b',
    ]);
  });

  it('skips a file over the size cap with a reason', async () => {
    put('big/huge.eml', mail('x'.repeat(5000)));
    put('big/small.eml', mail('s'));
    const items = await all([join(root, 'big')], { maxMessageBytes: 1000 });
    expect(items[0]?.error).toMatch(/the file is 5 KiB, larger than the 1 KiB limit/);
    expect(items[1]?.raw).toBeDefined();
  });

  it('gives the same keys on every run, so a re-import can recognise its items', async () => {
    const first = (await all([join(root, 'box')])).map((i) => i.key);
    const second = (await all([join(root, 'box')])).map((i) => i.key);
    expect(second).toEqual(first);
  });
});

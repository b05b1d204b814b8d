import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMailPaths } from './mail-paths.js';
import { parseItems } from './parse-items.js';

const root = mkdtempSync(join(tmpdir(), 'notnow-mailpaths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mail = (subject: string) => `From: a@acme.example\nSubject: ${subject}\n\nbody\n`;
const mbox = (...subjects: string[]) =>
  subjects.map((s) => `From x@acme.example Fri Feb 27 11:03:14 2026\n${mail(s)}\n`).join('');

async function results(paths: string[]) {
  const out: string[] = [];
  for await (const r of parseItems(readMailPaths(paths)))
    out.push(r.message ? r.message.subject : `error: ${r.error}`);
  return out;
}

describe('readMailPaths', () => {
  mkdirSync(join(root, 'Takeout/Mail'), { recursive: true });
  writeFileSync(join(root, 'Takeout/Mail/All mail.mbox'), mbox('t1', 't2'));
  writeFileSync(join(root, 'Takeout/Mail/one.eml'), mail('e1'));
  writeFileSync(join(root, 'Takeout/Mail/archive_browser.html'), '<html>not mail</html>');
  writeFileSync(join(root, 'export.txt'), mbox('m1'));
  writeFileSync(join(root, 'note.eml'), mail('n1'));
  writeFileSync(join(root, 'broken.eml'), 'this is not an e-mail at all');

  it('reads mbox and eml files and folders of both, telling them apart by content when named', async () => {
    expect(await results([join(root, 'Takeout'), join(root, 'export.txt'), join(root, 'note.eml')])).toEqual([
      't1',
      't2',
      'e1',
      'm1',
      'n1',
    ]);
  });

  it('gives one result per item, an error for what cannot be read or parsed, and goes on', async () => {
    expect(
      await results([join(root, 'broken.eml'), join(root, 'gone.mbox'), join(root, 'note.eml')]),
    ).toEqual([
      'error: Cannot read this e-mail: the message does not start with a header line ("Name: value").',
      `error: cannot read ${join(root, 'gone.mbox')}: no such file or folder`,
      'n1',
    ]);
  });
});

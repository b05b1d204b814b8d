/**
 * Streaming mbox reader: one message at a time in bounded memory, whatever the file's size (a
 * Google Takeout export is several gigabytes). The file is read in chunks and split on `From `
 * separator lines; nothing but the current message (capped by `maxMessageBytes`) is kept.
 *
 * Separators. mbox has no length fields, and writers disagree on escaping, so a line is taken as a
 * separator when it starts with `From `, carries an envelope date (a month name, a time and a year,
 * as in `From 1790851063@xxx Fri Feb 27 11:03:14 +0000 2026` or `From - Sat Jan 03 ...`), and is
 * followed by a header line (a real message always starts with one: Return-Path, Received,
 * X-GM-THRID, ...). A body line such as "From the team: ..." or "From Mar 3 at 10:00, 2026 on we
 * meet" therefore stays in its message even when the writer did not escape it.
 *
 * Quoting is read as mboxrd (`>From `, `>>From ` lose one `>`), which is also right for mboxo
 * files except for a body line that itself began with `>From `. CRLF and LF files both work;
 * the bytes of each message are passed on untouched otherwise.
 */
import { type FileHandle, open, stat } from 'node:fs/promises';
import { NotNowError } from '../../core/errors.js';
import { describeFsError } from './fs-error.js';
import { DEFAULT_MAX_MESSAGE_BYTES, formatBytes, type SourceItem } from './source-item.js';

export interface MboxOptions {
  /** Byte offset of a separator line to start at: a previous item's `resume.nextOffset`. */
  startOffset?: number;
  /** A message larger than this is reported as an error item and skipped. */
  maxMessageBytes?: number;
  /** Read size; tests make it tiny to cross chunk borders everywhere. */
  chunkBytes?: number;
}

const MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
const TIME = /\b\d{1,2}:\d{2}\b/;
const YEAR = /\b\d{4}\b/;
const HEADER = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const QUOTED_FROM = /^>+From /;
const NL = 0x0a;

const latin1 = (b: Buffer, start: number, end: number) => b.toString('latin1', start, end);

function startsWithFrom(line: Buffer): boolean {
  return line.length >= 5 && line[0] === 0x46 && latin1(line, 0, 5) === 'From ';
}

function hasEnvelopeDate(line: Buffer): boolean {
  const s = latin1(line, 0, Math.min(line.length, 300));
  return MONTH.test(s) && TIME.test(s) && YEAR.test(s);
}

const isBlank = (line: Buffer) => line.length === 1 || (line.length === 2 && line[0] === 0x0d);

interface Current {
  offset: number;
  parts: Buffer[];
  size: number;
  tooLarge: boolean;
}

/** The line-by-line state machine, fed whole lines (with their `\n`) and their file offsets. */
class MboxSplitter {
  readonly out: SourceItem[] = [];
  private cur: Current | null = null;
  /** A `From ` line with an envelope date: a separator only if a header line follows. */
  private pending: { line: Buffer; offset: number } | null = null;
  private preamble: { offset: number; text: boolean } | null = null;

  constructor(
    private readonly path: string,
    private readonly max: number,
  ) {}

  line(line: Buffer, offset: number): void {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      if (HEADER.test(latin1(line, 0, Math.min(line.length, 100)))) this.start(p);
      else this.body(p.line, p.offset);
    }
    if (startsWithFrom(line)) {
      // The first line of the file (or of a resumed read) needs no proof; later ones do.
      if (this.cur === null) {
        this.start({ line, offset });
        return;
      }
      if (hasEnvelopeDate(line)) {
        this.pending = { line, offset };
        return;
      }
    }
    this.body(line, offset);
  }

  /** Part of a line longer than the cap: it only counts towards the message size. */
  fragment(bytes: Buffer, offset: number): void {
    if (this.pending) {
      this.body(this.pending.line, this.pending.offset);
      this.pending = null;
    }
    this.body(bytes, offset);
  }

  end(fileSize: number): void {
    if (this.pending) this.body(this.pending.line, this.pending.offset);
    this.pending = null;
    this.finish(fileSize);
  }

  private start(sep: { line: Buffer; offset: number }): void {
    this.finish(sep.offset);
    this.cur = { offset: sep.offset, parts: [], size: 0, tooLarge: false };
  }

  private body(line: Buffer, offset: number): void {
    if (this.cur === null) {
      this.preamble ??= { offset, text: false };
      if (latin1(line, 0, Math.min(line.length, 1000)).trim() !== '') this.preamble.text = true;
      return;
    }
    const cur = this.cur;
    const kept = line[0] === 0x3e && QUOTED_FROM.test(latin1(line, 0, 200)) ? line.subarray(1) : line;
    cur.size += kept.length;
    if (cur.size > this.max) {
      cur.tooLarge = true;
      cur.parts = [];
    } else cur.parts.push(kept);
  }

  private finish(nextOffset: number): void {
    if (this.preamble?.text) {
      this.out.push({
        key: `${this.path}@${this.preamble.offset}`,
        error:
          'the file does not start with a "From " separator line, so this part is not an mbox message ' +
          '(is the file a single .eml message?)',
      });
    }
    this.preamble = null;
    const cur = this.cur;
    this.cur = null;
    if (!cur) return;
    const key = `${this.path}@${cur.offset}`;
    const resume = { kind: 'mbox' as const, path: this.path, offset: cur.offset, nextOffset };
    if (cur.tooLarge) {
      this.out.push({
        key,
        resume,
        error: `the message is ${formatBytes(cur.size)}, larger than the ${formatBytes(this.max)} limit; skipped`,
      });
      return;
    }
    // The empty line before the next separator belongs to the mbox format, not to the message.
    const last = cur.parts[cur.parts.length - 1];
    if (last && isBlank(last)) cur.parts.pop();
    this.out.push({ key, resume, raw: new Uint8Array(Buffer.concat(cur.parts)) });
  }
}

/**
 * Reads the messages of an mbox file in order. Throws (before the first item) when the file cannot
 * be opened or `startOffset` is not the start of a message in it; every later problem is an item.
 */
export async function* readMbox(path: string, options: MboxOptions = {}): AsyncGenerator<SourceItem> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const start = options.startOffset ?? 0;
  const { size, file } = await openMbox(path);
  try {
    if (start > 0) await checkStart(file, path, start, size);
    const split = new MboxSplitter(path, max);
    let carry: Buffer | null = null;
    let carryOffset = start;
    /** The carried bytes continue a line already passed on as fragments. */
    let midLine = false;
    let position = start;
    while (position < size) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, size - position));
      const { bytesRead } = await file.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let data = chunk.subarray(0, bytesRead);
      if (carry) data = Buffer.concat([carry, data]);
      let from = 0;
      for (let nl = data.indexOf(NL); nl !== -1; nl = data.indexOf(NL, from)) {
        const line = data.subarray(from, nl + 1);
        if (midLine) split.fragment(line, carryOffset + from);
        else split.line(line, carryOffset + from);
        midLine = false;
        from = nl + 1;
      }
      carry = from < data.length ? data.subarray(from) : null;
      carryOffset += from;
      if (carry && carry.length > max) {
        split.fragment(carry, carryOffset);
        carryOffset += carry.length;
        carry = null;
        midLine = true;
      }
      yield* split.out.splice(0);
    }
    if (carry) {
      if (midLine) split.fragment(carry, carryOffset);
      else split.line(carry, carryOffset);
    }
    split.end(size);
    yield* split.out.splice(0);
  } finally {
    await file.close();
  }
}

async function openMbox(path: string): Promise<{ size: number; file: FileHandle }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return { size: info.size, file: await open(path, 'r') };
  } catch (err) {
    throw new NotNowError('invalid-file', `Cannot read the mbox file ${path}: ${describeFsError(err)}.`);
  }
}

async function checkStart(file: FileHandle, path: string, start: number, size: number): Promise<void> {
  if (start > size) {
    throw new NotNowError(
      'invalid-file',
      `Cannot resume ${path} at byte ${start}: the file has only ${size} bytes now. Was it replaced? Import it from the start.`,
    );
  }
  if (start === size) return;
  const head = Buffer.alloc(5);
  await file.read(head, 0, 5, start);
  if (head.toString('latin1') !== 'From ') {
    throw new NotNowError(
      'invalid-file',
      `Cannot resume ${path} at byte ${start}: no message starts there. Was the file changed? Import it from the start.`,
    );
  }
}

/**
 * Writes an mbox (mboxrd quoting: every body line matching /^>*From / gains one '>') of job mail
 * about the generated applications, so an importer can match senders to the companies and people
 * in the database. Mixed kinds, structures (plain, HTML-only, multipart/alternative), charsets
 * (UTF-8, ISO-8859-1) and transfer encodings (7bit, 8bit, quoted-printable, base64); replies thread
 * with In-Reply-To/References and quote what they answer.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Random } from '../lib/prng.mjs';
import { compose, KINDS } from './mail-text.mjs';
import { address, asctime, headerText, html, isAscii, isLatin1, part, rfcDate } from './mime.mjs';
import { ATS_DOMAINS, RAPPORT } from './words.mjs';

const DAY = 86_400_000;
const ME = { name: 'Alex Morgan', first: 'Alex', email: 'alex.morgan@example.org' };
const CITIES = ['Berlin', 'München', 'Zürich', 'Paris', 'Amsterdam', 'Stockholm', 'London', 'Kraków'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export async function writeMbox({ path, count, seed, records, today }) {
  const r = new Random(seed ^ 0x6d626f78);
  const end = Date.parse(`${today}T12:00:00.000Z`);
  const apps = records.apps;
  const agents = records.people.filter((p) => p.role === 'agency-recruiter');
  const lastInThread = new Map();
  const stats = { kinds: {}, structures: {}, encodings: {}, charsets: {}, fromQuoted: 0, bytes: 0 };
  const bump = (group, key) => {
    stats[group][key] = (stats[group][key] ?? 0) + 1;
  };
  const out = createWriteStream(path);
  let buffer = [];
  let buffered = 0;
  const flush = async () => {
    if (!out.write(buffer.join(''), 'latin1')) await once(out, 'drain');
    buffer = [];
    buffered = 0;
  };

  for (let n = 0; n < count; n++) {
    const app = apps[r.skewed(apps.length, 1.3)];
    const company = app.company;
    let kind = r.weighted(KINDS);
    const previous = lastInThread.get(app.id);
    if (kind === 'reply' && !previous) kind = 'interview-invitation';
    const person =
      app.people.length > 0 ? r.pick(app.people) : company.people.length > 0 ? r.pick(company.people) : null;
    const agent = agents.length > 0 ? r.pick(agents) : null;
    const fromPerson = kind === 'recruiter-outreach' ? agent : person;
    const domain = company.domains[0];
    let date = app.createdAt + Math.floor(r.next() * Math.max(DAY, end - app.createdAt));
    const headers = [];
    let from;
    let to = address(ME.name, ME.email, 'utf-8');
    const userWrites = kind === 'reply' && r.chance(0.5);
    if (kind === 'newsletter') {
      from = address(`${company.name} Careers`, `careers@news.${domain}`, 'utf-8');
      headers.push(
        `List-Id: <careers.${domain}>`,
        `List-Unsubscribe: <https://news.${domain}/u/${n}>`,
        'Precedence: bulk',
      );
    } else if ((kind === 'acknowledgement' || kind === 'rejection') && (r.chance(0.5) || !fromPerson)) {
      const ats = r.pick(ATS_DOMAINS);
      from = address(`${company.name} Recruiting`, `no-reply@${ats}`, 'utf-8');
      if (fromPerson) headers.push(`Reply-To: ${address(fromPerson.name, fromPerson.email, 'utf-8')}`);
      headers.push('Auto-Submitted: auto-generated');
    } else if (userWrites) {
      from = address(ME.name, ME.email, 'utf-8');
      to = previous.from;
    } else {
      from = fromPerson ? address(fromPerson.name, fromPerson.email, 'utf-8') : `careers@${domain}`;
    }
    const c = {
      me: ME.name,
      meFirst: ME.first,
      role: app.role,
      role2: r.pick(apps).role,
      company: company.name,
      sender: fromPerson?.name ?? `${company.name} Recruiting`,
      other: person?.name ?? 'the hiring manager',
      otherFirst: previous?.senderFirst ?? person?.first ?? 'there',
      ref: `R-${app.id}-${n}`,
      when: new Date(date + r.int(3, 14) * DAY).toUTCString().slice(0, 16),
      city: r.pick(CITIES),
      month: MONTHS[new Date(date).getUTCMonth()],
      topic: r.pick(RAPPORT) ?? 'the team’s roadmap',
      thread: previous?.subject.replace(/^Re: /, ''),
    };
    const { subject, paragraphs } = compose(kind, c, r);
    let text = paragraphs.join('\n\n');
    if (kind === 'reply') {
      date = previous.date + r.int(1, 3) * DAY;
      headers.push(`In-Reply-To: <${previous.id}>`, `References: ${previous.refs} <${previous.id}>`.trim());
      // Long threads quote only the recent history, as mail clients trim what they quote.
      const quoted = previous.text
        .slice(0, 6000)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
      text += `\n\nOn ${new Date(previous.date).toUTCString()}, ${previous.senderName} wrote:\n${quoted}`;
    }
    if (r.chance(0.01)) text += '\n\n>From the archive: this line was quoted once already.';
    const id = `${n}.${app.id}.${seed}@${kind === 'reply' && userWrites ? 'example.org' : domain}`;
    const charset = r.chance(0.2) && isLatin1(text + subject) ? 'iso-8859-1' : 'utf-8';
    bump('charsets', charset);
    bump('kinds', kind);
    const encodingOf = (body) =>
      isAscii(body) && r.chance(0.6)
        ? '7bit'
        : r.weighted([
            ['quoted-printable', 5],
            ['base64', 3],
            ['8bit', isAscii(body) ? 0 : 2],
          ]);
    const structure =
      kind === 'newsletter'
        ? r.weighted([
            ['html', 6],
            ['alternative', 4],
          ])
        : r.weighted([
            ['plain', 45],
            ['html', 15],
            ['alternative', 40],
          ]);
    bump('structures', structure);
    let body;
    const textEnc = encodingOf(text);
    const htmlText = html(paragraphs, subject);
    const htmlEnc = encodingOf(htmlText);
    if (structure === 'plain') {
      body = part(text, 'text/plain', charset, textEnc);
      bump('encodings', textEnc);
    } else if (structure === 'html') {
      body = part(htmlText, 'text/html', charset, htmlEnc);
      bump('encodings', htmlEnc);
    } else {
      const boundary = `=_alt_${n}_${r.int(1e6, 9e6)}`;
      body =
        `Content-Type: multipart/alternative; boundary="${boundary}"\n\n` +
        `This is a multi-part message in MIME format.\n\n--${boundary}\n${part(text, 'text/plain', charset, textEnc)}` +
        `--${boundary}\n${part(htmlText, 'text/html', charset, htmlEnc)}--${boundary}--\n`;
      bump('encodings', textEnc);
      bump('encodings', htmlEnc);
    }
    const message =
      [
        `From: ${from}`,
        `To: ${to}`,
        `Subject: ${headerText(subject, charset, r.chance(0.5))}`,
        `Date: ${rfcDate(date)}`,
        `Message-ID: <${id}>`,
        ...headers,
        'MIME-Version: 1.0',
      ].join('\n') +
      '\n' +
      body;
    const quotedMessage = message.replace(/^(>*From )/gm, (m) => {
      stats.fromQuoted++;
      return `>${m}`;
    });
    const envelope = `From ${kind === 'reply' && userWrites ? ME.email : (from.match(/<([^>]+)>/)?.[1] ?? from)} ${asctime(date)}\n`;
    const entry = `${envelope}${quotedMessage}\n`;
    buffer.push(entry);
    buffered += entry.length;
    stats.bytes += entry.length;
    lastInThread.set(app.id, {
      id,
      refs: previous && kind === 'reply' ? `${previous.refs} <${previous.id}>`.trim() : '',
      subject,
      text,
      date,
      from: userWrites ? to : from,
      senderName: userWrites ? ME.name : (fromPerson?.name ?? company.name),
      senderFirst: userWrites ? ME.first : fromPerson?.first,
    });
    if (buffered > 1 << 20) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return { count, ...stats };
}

/**
 * Generates a job search's worth of records as row arrays (column order in tables.mjs). At scale 1:
 * 10,000 applications over 2,000 companies, 40,000 people, 400,000 touches, 60,000 pending steps
 * (plus done, cancelled, skipped and snoozed ones), status histories and participations.
 */
import { Random } from '../lib/prng.mjs';
import { generateActivity } from './activity.mjs';
import { ascii, day, iso } from './format.mjs';
import { TABLES } from './tables.mjs';
import {
  COMPANY_A,
  COMPANY_B,
  COMPANY_C,
  FIRST_NAMES,
  LAST_NAMES,
  PERSON_TITLES,
  RAPPORT,
  REJECTION_REASONS,
  SENIORITY,
  TITLES,
  TLDS,
} from './words.mjs';

const DAY = 86_400_000;
/** The counts at scale 1, from issue 7. */
export const PER_SCALE = {
  companies: 2000,
  applications: 10_000,
  people: 40_000,
  touches: 400_000,
  pending: 60_000,
};

export function companyName(i) {
  const a = COMPANY_A.length;
  const b = COMPANY_B.length;
  const base = `${COMPANY_A[i % a]} ${COMPANY_B[Math.floor(i / a) % b]}`;
  const round = Math.floor(i / (a * b));
  return round === 0
    ? base
    : `${base} ${COMPANY_C[(round - 1) % COMPANY_C.length]}${round > COMPANY_C.length ? ` ${round}` : ''}`;
}

/** Status paths a real application takes to reach each final status. */
function statusPath(r, final) {
  const early = ['applied', 'screening', 'interviewing'];
  switch (final) {
    case 'saved':
      return ['saved'];
    case 'applied':
      return r.chance(0.2) ? ['saved', 'applied'] : ['applied'];
    case 'screening':
    case 'interviewing':
      return early.slice(0, early.indexOf(final) + 1);
    case 'offer':
      return [...early, 'offer'];
    case 'hired':
      return [...early, 'offer', 'hired'];
    case 'rejected':
      return [
        ...early.slice(
          0,
          r.weighted([
            [1, 4],
            [2, 2],
            [3, 4],
          ]),
        ),
        'rejected',
      ];
    case 'ghosted':
      return [
        ...early.slice(
          0,
          r.weighted([
            [1, 6],
            [2, 2],
            [3, 1],
          ]),
        ),
        'ghosted',
      ];
    default:
      return [...early.slice(0, r.int(1, 3)), 'withdrawn'];
  }
}

const FINAL = [
  ['rejected', 38],
  ['ghosted', 22],
  ['applied', 12],
  ['screening', 4],
  ['interviewing', 6],
  ['offer', 1],
  ['hired', 1],
  ['withdrawn', 6],
  ['saved', 10],
];
const SOURCES = [
  ['board', 55],
  ['referral', 15],
  ['recruiter', 20],
  ['direct', 10],
];
const PEOPLE_ROLES = [
  ['interviewer', 50],
  ['hiring-manager', 12],
  ['recruiter', 20],
  ['agency-recruiter', 6],
  ['referrer', 7],
  ['other', 5],
];

/**
 * @param {{ scale: number, seed: number, today: string }} o  today: the day the data is "as of".
 */
export function generateRecords({ scale, seed, today }) {
  const root = new Random(seed);
  const end = Date.parse(`${today}T12:00:00.000Z`);
  const count = (n) => Math.max(1, Math.round(n * scale));
  let nextId = 0;
  const id = () => ++nextId;
  const t = {};
  for (const { name } of TABLES) t[name] = [];

  // Companies: 1 or 2 mail domains each.
  const r = root.fork(1);
  const companies = [];
  for (let i = 0; i < count(PER_SCALE.companies); i++) {
    const name = companyName(i);
    const slug = ascii(name);
    const domains = [`${slug}.${TLDS[i % TLDS.length]}`];
    if (r.chance(0.3)) domains.push(`mail.${slug}.com`);
    const created = end - r.int(30, 1200) * DAY;
    const c = { id: id(), name, domains, apps: [], people: [] };
    companies.push(c);
    t.companies.push([
      c.id,
      name,
      `https://${domains[0]}/careers`,
      r.chance(0.1) ? 'Hiring slowly this year' : null,
      iso(created),
    ]);
    for (const d of domains) t.company_domains.push([c.id, d]);
  }

  // Applications and their status histories.
  const ra = root.fork(2);
  const apps = [];
  for (let i = 0; i < count(PER_SCALE.applications); i++) {
    const company = companies[ra.skewed(companies.length, 1.6)];
    const final = ra.weighted(FINAL);
    const path = statusPath(ra, final);
    // Recent applications are likelier: searches pick up pace, and old ones are archived.
    let at = end - Math.floor(ra.next() ** 1.5 * 1100 * DAY) - ra.int(0, DAY - 1);
    const changes = [];
    for (const status of path) {
      changes.push([status, Math.min(at, end - ra.int(1, 96) * 3_600_000)]);
      at += ra.int(3, 25) * DAY + ra.int(0, DAY - 1);
    }
    const app = {
      id: id(),
      company,
      final,
      appliedAt: changes.find(([s]) => s === 'applied')?.[1] ?? null,
      createdAt: changes[0][1],
      updatedAt: changes[changes.length - 1][1],
      people: [],
      touches: [],
    };
    company.apps.push(app);
    apps.push(app);
    const role = `${ra.pick(SENIORITY) ?? ''}${ra.pick(TITLES)}`;
    t.applications.push([
      app.id,
      company.id,
      role,
      ra.chance(0.7) ? `https://jobs.${company.domains[0]}/${app.id}` : null,
      ra.weighted(SOURCES),
      final,
      app.appliedAt === null ? null : day(app.appliedAt),
      ra.chance(0.15) ? 'Team of 8, hybrid, salary band shared in the first call' : null,
      iso(app.createdAt),
      iso(app.updatedAt),
    ]);
    app.role = role;
    for (const [status, when] of changes) {
      const rejected = status === 'rejected';
      t.status_changes.push([
        id(),
        app.id,
        status,
        iso(when),
        rejected ? ra.pick(REJECTION_REASONS) : null,
        rejected
          ? ra.weighted([
              ['ok', 5],
              ['disappointed', 4],
              ['upset', 1],
            ])
          : null,
      ]);
    }
  }

  // People: most at a company (popular companies have more of them), agency recruiters at none.
  const rp = root.fork(3);
  const people = [];
  const emails = new Set();
  for (let i = 0; i < count(PER_SCALE.people); i++) {
    const role = rp.weighted(PEOPLE_ROLES);
    const company = role === 'agency-recruiter' ? null : companies[rp.skewed(companies.length, 1.6)];
    const first = rp.pick(FIRST_NAMES);
    const last = rp.pick(LAST_NAMES);
    const domain = company ? company.domains[0] : `talent-${rp.int(1, 60)}.agency`;
    let email = `${ascii(first)}.${ascii(last)}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${ascii(first)}.${ascii(last)}${n}@${domain}`;
    emails.add(email);
    const p = { id: id(), name: `${first} ${last}`, first, email, role, company };
    people.push(p);
    company?.people.push(p);
    t.people.push([
      p.id,
      p.name,
      rp.chance(0.2) ? `+49 30 ${rp.int(1_000_000, 9_999_999)}` : null,
      rp.chance(0.6) ? `https://www.linkedin.com/in/${ascii(first)}-${ascii(last)}-${p.id}` : null,
      company?.id ?? null,
      rp.pick(PERSON_TITLES[role]),
      role,
      rp.pick(RAPPORT),
      rp.weighted([
        ['active', 85],
        ['dormant', 12],
        ['do-not-contact', 3],
      ]),
      rp.chance(0.05) ? 'Prefers LinkedIn messages to e-mail' : null,
      iso(end - rp.int(1, 1100) * DAY),
    ]);
    t.person_emails.push([p.id, email]);
    if (rp.chance(0.1)) t.person_emails.push([p.id, `${ascii(first)}${p.id}@gmail.com`]);
  }

  generateActivity({ root, t, apps, people, companies, end, id, count, perScale: PER_SCALE });
  return { tables: t, maxId: nextId, companies, people, apps };
}

/**
 * What happens around the applications: who took part in which (participations), the touches, the
 * follow-up plan steps, feedback, links worth sharing and the user's profile.
 */
import { ascii, day, iso } from './format.mjs';
import { planSteps } from './steps.mjs';
import { FEEDBACK, LINK_TITLES, TOUCH_NOTES } from './words.mjs';

const DAY = 86_400_000;

export function generateActivity({ root, t, apps, people, companies, end, id, count, perScale }) {
  // Participations: more people the further an application went.
  const rq = root.fork(4);
  const depth = {
    saved: 0,
    applied: 0.3,
    ghosted: 0.6,
    withdrawn: 1,
    screening: 1.5,
    rejected: 3,
    interviewing: 3.5,
    offer: 4.5,
    hired: 5,
  };
  for (const app of apps) {
    const pool = app.company.people;
    const want = Math.min(pool.length, Math.round(depth[app.final] * (0.5 + rq.next())));
    const chosen = new Set();
    while (chosen.size < want) chosen.add(pool[rq.int(0, pool.length - 1)]);
    for (const p of chosen) {
      app.people.push(p);
      const interviewed = p.role === 'interviewer' || p.role === 'hiring-manager';
      const on =
        interviewed && app.appliedAt !== null
          ? day(Math.min(end, app.appliedAt + rq.int(7, 40) * DAY))
          : null;
      t.participations.push([app.id, p.id, p.role, on]);
    }
  }

  // Touches: mostly with someone on an application, some keep-in-touch with a person alone.
  const rt = root.fork(5);
  const withPeople = apps.filter((a) => a.people.length > 0);
  for (let i = 0; i < count(perScale.touches); i++) {
    const app =
      rt.chance(0.88) && withPeople.length > 0 ? withPeople[rt.skewed(withPeople.length, 1.2)] : null;
    const person = app ? rt.pick(app.people) : people[rt.int(0, people.length - 1)];
    const from = app ? app.createdAt : end - 900 * DAY;
    const at = from + Math.floor(rt.next() * Math.max(DAY, end - from));
    const direction = rt.chance(0.6) ? 'out' : 'in';
    const row = [
      id(),
      person.id,
      app?.id ?? null,
      iso(at),
      rt.weighted([
        ['email', 70],
        ['linkedin', 15],
        ['phone', 6],
        ['meeting', 5],
        ['card', 3],
        ['letter', 1],
      ]),
      direction,
      rt.pick(TOUCH_NOTES),
      direction === 'in'
        ? rt.weighted([
            ['warm', 4],
            ['neutral', 5],
            ['cool', 2],
            ['asked-to-stop', 0.2],
          ])
        : null,
      null,
    ];
    t.touches.push(row);
    app?.touches.push(row);
  }

  planSteps({ r: root.fork(6), apps: withPeople, count: count(perScale.pending), end, id, steps: t.steps });

  // Feedback on a fifth of the rejections, and links worth sharing.
  const rf = root.fork(7);
  for (const app of apps) {
    if (app.final !== 'rejected' || !rf.chance(0.2)) continue;
    t.feedback.push([
      id(),
      app.id,
      app.people[0]?.id ?? null,
      day(app.updatedAt + rf.int(1, 10) * DAY),
      rf.pick(FEEDBACK),
    ]);
  }
  for (let i = 0; i < count(120); i++) {
    const company = rf.chance(0.5) ? companies[rf.int(0, companies.length - 1)] : null;
    const title = rf.pick(LINK_TITLES);
    t.links.push([
      id(),
      `https://blog.example.org/${ascii(title)}-${i}`,
      title,
      company
        ? 'company-news'
        : rf.weighted([
            ['article', 3],
            ['portfolio', 1],
            ['other', 1],
          ]),
      company?.id ?? null,
      null,
      iso(end - rf.int(1, 400) * DAY),
    ]);
  }
  const profile = {
    name: 'Alex Morgan',
    email: 'alex.morgan@example.org',
    signature: 'Alex',
    portfolioUrl: 'https://alexmorgan.example.org',
    strengths: ['design systems', 'accessibility'],
    timeZone: 'Europe/Berlin',
    workingDays: [1, 2, 3, 4, 5],
    prefersCards: false,
  };
  t.settings.push(['profile', JSON.stringify(profile)]);
}

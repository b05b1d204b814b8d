/**
 * Follow-up plan steps on the applications that have people: exactly `count` pending ones (mostly
 * ahead, a few overdue, as in a real agenda), plus the done, cancelled, skipped and snoozed ones a
 * long search leaves behind. A done step points at the touch that completed it, and back.
 */
import { day, iso } from './format.mjs';

const DAY = 86_400_000;

const BY_ROLE = {
  interviewer: [
    ['interview-thank-you', 4],
    ['thank-you', 1],
    ['keep-in-touch', 5],
    ['follow-up', 2],
  ],
  'hiring-manager': [
    ['thank-you', 2],
    ['resell', 3],
    ['follow-up', 3],
    ['keep-in-touch', 4],
    ['new-opening', 1],
  ],
  recruiter: [
    ['feedback-request', 3],
    ['recruiter-update', 3],
    ['status-check', 2],
    ['keep-in-touch', 3],
  ],
  'agency-recruiter': [
    ['recruiter-update', 3],
    ['keep-in-touch', 2],
  ],
  referrer: [
    ['thank-you', 2],
    ['keep-in-touch', 4],
  ],
  other: [['keep-in-touch', 1]],
};
const WHY = {
  'interview-thank-you': 'Thank them for the interview while it is fresh',
  'thank-you': 'Thank them for their time on the process',
  'feedback-request': 'Ask what would have made the difference',
  'recruiter-update': 'Tell the recruiter what you are looking for now',
  reflection: 'Write down what you learned from this process',
  resell: 'Restate your strengths and promise a follow-up in about 30 days',
  'follow-up': 'You promised to follow up in about 30 days',
  'keep-in-touch': 'Share something useful: it has been a few months',
  'status-check': 'No news for two weeks: ask where things stand',
  'new-opening': 'A new opening matches this application',
};

export function planSteps({ r, apps, count, end, id, steps }) {
  const remaining = {
    pending: count,
    done: Math.round(count * 0.8),
    cancelled: Math.round(count * 0.2),
    skipped: Math.round(count * 0.05),
    snoozed: Math.round(count * 0.03),
  };
  // Rejected and silent applications carry most plans; live ones only thank-yous and checks.
  const weightOf = { rejected: 6, ghosted: 4, withdrawn: 1, interviewing: 2, offer: 1, hired: 1 };
  const candidates = [];
  for (const app of apps) for (let w = weightOf[app.final] ?? 1; w > 0; w--) candidates.push(app);
  const seq = new Map();
  let total = Object.values(remaining).reduce((a, b) => a + b, 0);
  while (total > 0) {
    const state = r.weighted(Object.entries(remaining).filter(([, n]) => n > 0));
    remaining[state]--;
    total--;
    const app = candidates[r.skewed(candidates.length, 1.1)];
    const person = r.chance(0.04) ? null : r.pick(app.people);
    const kind = person ? r.weighted(BY_ROLE[person.role]) : 'reflection';
    const n = (seq.get(app.id) ?? 0) + 1;
    seq.set(app.id, n);
    let due;
    let snoozedUntil = null;
    if (state === 'pending') {
      due = r.chance(0.06) ? end - r.int(1, 30) * DAY : end + Math.floor(r.next() ** 1.3 * 365) * DAY;
    } else {
      due = end - r.int(1, 900) * DAY;
      if (state === 'snoozed') snoozedUntil = day(end + r.int(1, 30) * DAY);
    }
    const stepId = id();
    let touchId = null;
    if (state === 'done' && app.touches.length > 0) {
      const touch = r.pick(app.touches);
      if (touch[8] === null) {
        touch[8] = stepId;
        touchId = touch[0];
      }
    }
    const edited = r.chance(0.04);
    const created = Math.min(due, app.updatedAt) - r.int(0, 5) * DAY;
    steps.push([
      stepId,
      `plan:${app.id}:${kind}:${person?.id ?? 'me'}:${n}`,
      app.id,
      person?.id ?? null,
      kind,
      day(due),
      kind === 'reflection' ? null : kind.endsWith('thank-you') && r.chance(0.2) ? 'card' : 'email',
      WHY[kind],
      state,
      snoozedUntil,
      state === 'cancelled'
        ? r.weighted([
            ['back-off', 3],
            ['asked to stop', 1],
            ['application reopened', 1],
          ])
        : null,
      touchId,
      edited ? 1 : 0,
      edited
        ? `Hi ${person?.first ?? 'me'},\n\nThank you again for the conversation about the ${app.role} role.`
        : null,
      iso(created),
      iso(state === 'pending' ? created : Math.min(end, due + DAY)),
    ]);
  }
}

import { addDays, instantAt } from '../core/dates.js';
import { conflict } from '../core/errors.js';
import type { ApplicationStatus, Channel, Direction, Id, PersonRole, Source, Tone } from '../core/model.js';
import { insertApplication, insertStatusChange } from '../store/applications.js';
import { insertFeedback } from '../store/feedback.js';
import { insertLink } from '../store/links.js';
import { insertPerson, upsertParticipation } from '../store/people.js';
import { getSetting, setSetting } from '../store/settings.js';
import { insertTouch } from '../store/touches.js';
import { companyNamed } from './companies.js';
import type { AppContext } from './context.js';
import { planRun, replanApplications } from './plan.js';
import { userTime } from './profile.js';

/**
 * A realistic sample for a first look: a dozen applications in every status, the people met,
 * and the touches so far, dated relative to today so the agenda is alive whenever it is loaded.
 */
interface DemoPerson {
  name: string;
  role: PersonRole;
  title: string;
  email?: string;
  rapport?: string;
  interviewedDaysAgo?: number;
}
interface DemoApplication {
  company: string;
  domain: string;
  role: string;
  via: Source;
  /** The status path, each with how many days ago it happened. */
  path: Array<[ApplicationStatus, number]>;
  people: DemoPerson[];
  touches?: Array<{
    who: number;
    daysAgo: number;
    channel: Channel;
    direction: Direction;
    note: string;
    tone?: Tone;
  }>;
  feedback?: string;
  mood?: 'ok' | 'disappointed' | 'upset';
}

const SAMPLE: DemoApplication[] = [
  {
    company: 'Northwind Health',
    domain: 'northwindhealth.com',
    role: 'Senior Product Designer',
    via: 'board',
    path: [
      ['applied', 40],
      ['screening', 30],
      ['interviewing', 20],
      ['rejected', 3],
    ],
    mood: 'disappointed',
    people: [
      {
        name: 'Priya Raman',
        role: 'hiring-manager',
        title: 'Head of Design',
        email: 'priya.raman@northwindhealth.com',
        rapport: 'volunteering at community clinics',
        interviewedDaysAgo: 20,
      },
      {
        name: 'Tom Okafor',
        role: 'interviewer',
        title: 'Staff Designer',
        email: 'tom.okafor@northwindhealth.com',
        rapport: 'accessibility audits for older patients',
        interviewedDaysAgo: 20,
      },
      {
        name: 'Lena Fischer',
        role: 'interviewer',
        title: 'UX Researcher',
        email: 'lena.fischer@northwindhealth.com',
        interviewedDaysAgo: 19,
      },
    ],
    touches: [
      {
        who: 0,
        daysAgo: 19,
        channel: 'email',
        direction: 'out',
        note: 'Thank-you after the design challenge',
      },
      {
        who: 0,
        daysAgo: 3,
        channel: 'email',
        direction: 'in',
        note: 'Went with a candidate with more clinical experience',
        tone: 'warm',
      },
    ],
    feedback: 'Strong portfolio; wanted more experience with clinical workflows.',
  },
  {
    company: 'Bluefin Logistics',
    domain: 'bluefin.io',
    role: 'Operations Analyst',
    via: 'recruiter',
    path: [
      ['applied', 35],
      ['interviewing', 21],
      ['rejected', 14],
    ],
    mood: 'ok',
    people: [
      {
        name: 'Marcus Bell',
        role: 'agency-recruiter',
        title: 'Senior Consultant, Harbor Talent',
        email: 'marcus@harbortalent.co',
      },
      {
        name: 'Ana Souza',
        role: 'hiring-manager',
        title: 'Director of Operations',
        email: 'ana.souza@bluefin.io',
        rapport: 'trail running',
        interviewedDaysAgo: 21,
      },
    ],
    touches: [
      {
        who: 0,
        daysAgo: 14,
        channel: 'phone',
        direction: 'in',
        note: 'Client chose an internal candidate',
        tone: 'warm',
      },
    ],
  },
  {
    company: 'Quillon Books',
    domain: 'quillon.com',
    role: 'Content Strategist',
    via: 'referral',
    path: [
      ['applied', 70],
      ['interviewing', 60],
      ['rejected', 50],
    ],
    mood: 'upset',
    people: [
      {
        name: 'Grace Lin',
        role: 'referrer',
        title: 'Editor',
        email: 'grace.lin@quillon.com',
        rapport: 'book clubs and literary fiction',
      },
      {
        name: 'Oliver Grant',
        role: 'hiring-manager',
        title: 'Managing Editor',
        email: 'oliver.grant@quillon.com',
        interviewedDaysAgo: 60,
      },
    ],
    touches: [
      { who: 1, daysAgo: 45, channel: 'email', direction: 'out', note: 'Thanks, and a request for feedback' },
      {
        who: 1,
        daysAgo: 15,
        channel: 'email',
        direction: 'out',
        note: 'Kept in touch with the piece on audiobooks',
      },
    ],
  },
  {
    company: 'Helix Energy',
    domain: 'helixenergy.com',
    role: 'Data Engineer',
    via: 'board',
    path: [['applied', 24]],
    people: [],
  },
  {
    company: 'Sunpath Solar',
    domain: 'sunpathsolar.com',
    role: 'Project Coordinator',
    via: 'direct',
    path: [
      ['applied', 45],
      ['ghosted', 20],
    ],
    people: [
      {
        name: 'Jamie Cole',
        role: 'recruiter',
        title: 'Talent Partner',
        email: 'jamie.cole@sunpathsolar.com',
      },
    ],
    touches: [{ who: 0, daysAgo: 30, channel: 'email', direction: 'out', note: 'Asked where things stood' }],
  },
  {
    company: 'Meridian Bank',
    domain: 'meridianbank.com',
    role: 'Risk Analyst',
    via: 'board',
    path: [
      ['applied', 12],
      ['screening', 6],
    ],
    people: [
      { name: 'Sofia Marin', role: 'recruiter', title: 'Recruiter', email: 'sofia.marin@meridianbank.com' },
    ],
  },
  {
    company: 'Atlas Robotics',
    domain: 'atlasrobotics.ai',
    role: 'Technical Writer',
    via: 'referral',
    path: [
      ['applied', 20],
      ['interviewing', 4],
    ],
    people: [
      {
        name: 'Kenji Watanabe',
        role: 'hiring-manager',
        title: 'Docs Lead',
        email: 'kenji@atlasrobotics.ai',
        rapport: 'learning to code on graphing calculators',
        interviewedDaysAgo: 4,
      },
      {
        name: 'Rosa Delgado',
        role: 'interviewer',
        title: 'Robotics Engineer',
        email: 'rosa@atlasrobotics.ai',
        interviewedDaysAgo: 4,
      },
    ],
  },
  {
    company: 'Evergreen Schools',
    domain: 'evergreenschools.org',
    role: 'Learning Designer',
    via: 'board',
    path: [
      ['applied', 50],
      ['interviewing', 35],
      ['offer', 5],
    ],
    people: [
      {
        name: 'Hannah Brooks',
        role: 'hiring-manager',
        title: 'Curriculum Director',
        email: 'hbrooks@evergreenschools.org',
        interviewedDaysAgo: 35,
      },
    ],
  },
  {
    company: 'Copperline Media',
    domain: 'copperline.tv',
    role: 'Video Producer',
    via: 'direct',
    path: [
      ['applied', 28],
      ['withdrawn', 10],
    ],
    people: [],
  },
  {
    company: 'Lattice Labs',
    domain: 'latticelabs.dev',
    role: 'Developer Advocate',
    via: 'recruiter',
    path: [
      ['applied', 120],
      ['interviewing', 100],
      ['hired', 80],
    ],
    people: [
      {
        name: 'Ibrahim Yusuf',
        role: 'hiring-manager',
        title: 'VP Community',
        email: 'ibrahim@latticelabs.dev',
        interviewedDaysAgo: 100,
      },
    ],
  },
  {
    company: 'Harborview Hotels',
    domain: 'harborview.com',
    role: 'Guest Experience Manager',
    via: 'board',
    path: [['saved', 2]],
    people: [],
  },
  {
    company: 'Northwind Health',
    domain: 'northwindhealth.com',
    role: 'Design Systems Lead',
    via: 'board',
    path: [['saved', 1]],
    people: [],
  },
];

export async function loadDemo(
  ctx: AppContext,
): Promise<{ applications: number; people: number; touches: number }> {
  return ctx.store.tx(async (db) => {
    if (await getSetting(db, 'demoLoadedAt')) throw conflict('The demo data is already in this database.');
    const { profile, today, now } = await userTime(ctx, db);
    const at = (daysAgo: number) => instantAt(addDays(today, -daysAgo), '10:00', profile.timeZone);
    let people = 0;
    let touches = 0;
    const created: Id[] = [];
    for (const s of SAMPLE) {
      const { company } = await companyNamed(db, s.company, now);
      if (!company.domains.includes(s.domain)) {
        await db.insertInto('companyDomains').values({ companyId: company.id, domain: s.domain }).execute();
      }
      const [last] = s.path.slice(-1);
      const applied = s.path.find(([st]) => st === 'applied');
      const application = await insertApplication(db, {
        companyId: company.id,
        role: s.role,
        jobUrl: `https://${s.domain}/careers/${s.role.toLowerCase().replace(/\W+/g, '-')}`,
        source: s.via,
        status: last![0],
        appliedOn: applied ? addDays(today, -applied[1]) : null,
        notes: null,
        createdAt: at(s.path[0]![1]),
        updatedAt: at(last![1]),
      });
      created.push(application.id);
      for (const [status, daysAgo] of s.path) {
        await insertStatusChange(db, {
          applicationId: application.id,
          status,
          at: at(daysAgo),
          reason: null,
          mood: status === 'rejected' ? (s.mood ?? null) : null,
        });
      }
      const ids: Id[] = [];
      for (const p of s.people) {
        const person = await insertPerson(db, {
          name: p.name,
          emails: p.email ? [p.email] : [],
          phone: null,
          linkedinUrl: null,
          companyId: p.role === 'agency-recruiter' ? null : company.id,
          title: p.title,
          role: p.role,
          rapport: p.rapport ?? null,
          contactState: 'active',
          notes: null,
          createdAt: at(s.path[0]![1]),
        });
        ids.push(person.id);
        people++;
        await upsertParticipation(db, {
          applicationId: application.id,
          personId: person.id,
          role: p.role,
          interviewedOn: p.interviewedDaysAgo === undefined ? null : addDays(today, -p.interviewedDaysAgo),
        });
      }
      for (const t of s.touches ?? []) {
        await insertTouch(db, {
          personId: ids[t.who] ?? null,
          applicationId: application.id,
          at: at(t.daysAgo),
          channel: t.channel,
          direction: t.direction,
          note: t.note,
          tone: t.tone ?? null,
          stepId: null,
        });
        touches++;
      }
      if (s.feedback) {
        await insertFeedback(db, {
          applicationId: application.id,
          personId: ids[0] ?? null,
          receivedOn: addDays(today, -(last?.[1] ?? 0)),
          text: s.feedback,
        });
      }
    }
    await insertLink(db, {
      url: 'https://example.com/portfolio/clinic-check-in-redesign',
      title: 'Case study: redesigning a clinic check-in flow',
      kind: 'portfolio',
      companyId: null,
      note: null,
      addedAt: now,
    });
    await setSetting(db, 'demoLoadedAt', now);
    // Planned at once, like every change: whatever page opens next shows each application's plan.
    await replanApplications(db, await planRun(ctx, db), created);
    return { applications: SAMPLE.length, people, touches };
  });
}

/**
 * Reading the agenda: what to do, overdue, today and upcoming, after bringing every plan up to today.
 * A module of its own so that `notnow agenda` loads only what reading needs (issue #7's cold start).
 */
import { z } from 'zod';
import { addDays } from '../core/dates.js';
import type { Id, LocalDate, Step, StepKind } from '../core/model.js';
import { type AgendaCounts, type AgendaRow, agendaCounts, agendaRows } from '../store/agenda.js';
import { agendaJson } from '../store/agenda-json.js';
import type { JsonBytes } from '../store/json-bytes.js';
import type { AppContext } from './context.js';
import { parseInput } from './input.js';
import { DEFAULT_PAGE, MAX_PAGE } from './paging.js';
import { plansRefreshedOn, refreshPlans } from './plan.js';
import { loadProfile, userTime } from './profile.js';
import { currentShelf, fromShelf } from './read-cache.js';

/** One line of the agenda; the JSON form of `notnow agenda --json` (a documented contract). */
export interface AgendaItem {
  id: Id;
  kind: StepKind;
  personId: Id | null;
  applicationId: Id | null;
  /** The day it shows up on (YYYY-MM-DD, local): its due date, or the day it was snoozed to. */
  due: LocalDate;
  channel: Step['channel'];
  why: string;
  state: 'pending' | 'snoozed';
  group: 'overdue' | 'today' | 'upcoming';
  person: string | null;
  company: string | null;
  role: string | null;
}

export const agendaSchema = z.object({
  days: z.coerce.number().int('days: a whole number').min(0).max(3660).optional(),
  replan: z.boolean().optional(),
});

/** The agenda one page at a time, for the web app and the API. */
export const agendaPageSchema = z.object({
  days: agendaSchema.shape.days,
  limit: z.coerce
    .number()
    .int('limit: a whole number')
    .min(1, 'limit: at least 1')
    .max(MAX_PAGE, `limit: at most ${MAX_PAGE}`)
    .optional(),
  offset: z.coerce.number().int('offset: a whole number').min(0, 'offset: 0 or more').optional(),
});

/** How far ahead the agenda reaches when not told: two weeks, as `notnow agenda` shows. */
export const AGENDA_DAYS = 14;

function agendaItem(row: AgendaRow, today: LocalDate): AgendaItem {
  const { day, ...rest } = row;
  return { ...rest, due: day, group: day < today ? 'overdue' : day === today ? 'today' : 'upcoming' };
}

/** Overdue, today's and upcoming steps, oldest first, after bringing every plan up to today. */
export async function readAgenda(
  ctx: AppContext,
  input: unknown = {},
): Promise<{ today: LocalDate; items: AgendaItem[] }> {
  const a = parseInput(agendaSchema, input, 'read the agenda');
  await refreshPlans(ctx, a.replan ?? false);
  const db = ctx.store.db;
  const { today } = await userTime(ctx, db);
  const rows = await agendaRows(db, { last: addDays(today, a.days ?? AGENDA_DAYS) });
  return { today, items: rows.map((r) => agendaItem(r, today)) };
}

/**
 * The same agenda as readAgenda's items, as JSON written by the database, in UTF-8 bytes (`notnow
 * agenda --json`): nothing is built or serialised row by row on the way out.
 */
export async function readAgendaJson(ctx: AppContext, input: unknown = {}): Promise<JsonBytes> {
  const a = parseInput(agendaSchema, input, 'read the agenda');
  await refreshPlans(ctx, a.replan ?? false);
  const db = ctx.store.db;
  const { today } = await userTime(ctx, db);
  return agendaJson(db, ctx.store.dialect, { today, last: addDays(today, a.days ?? AGENDA_DAYS) });
}

export interface AgendaPage {
  today: LocalDate;
  /** How far ahead upcoming reaches. */
  days: number;
  /** This page of the agenda: overdue, today's, then upcoming steps, oldest first. */
  items: AgendaItem[];
  /** How many steps each group holds over every page. */
  counts: AgendaCounts;
  total: number;
  limit: number;
  offset: number;
}

/**
 * A page of the agenda (`limit` items from `offset`, 20 by default) with how many steps each group
 * holds; the plans are brought up to today first, as for the whole agenda.
 */
export async function readAgendaPage(ctx: AppContext, input: unknown = {}): Promise<AgendaPage> {
  const a = parseInput(agendaPageSchema, input, 'read the agenda');
  let shelf = await currentShelf(ctx);
  const profile = await fromShelf(shelf, 'profile', () => loadProfile(ctx.store.db));
  const today = ctx.clock.today(profile.timeZone);
  if (!plansRefreshedOn(ctx, today)) {
    await refreshPlans(ctx, false, today);
    shelf = await currentShelf(ctx);
  }
  const days = a.days ?? AGENDA_DAYS;
  const limit = a.limit ?? DEFAULT_PAGE;
  const offset = a.offset ?? 0;
  return fromShelf(shelf, `agenda:${today}:${days}:${limit}:${offset}`, async () => {
    const db = ctx.store.db;
    const last = addDays(today, days);
    const rows = await agendaRows(db, { last, limit, offset });
    const counts = await agendaCounts(db, today, last);
    const total = counts.overdue + counts.today + counts.upcoming;
    return { today, days, items: rows.map((r) => agendaItem(r, today)), counts, total, limit, offset };
  });
}

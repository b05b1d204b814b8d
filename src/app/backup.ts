import { z } from 'zod';
import { conflict, NotNowError } from '../core/errors.js';
import {
  APPLICATION_STATUSES,
  CHANNELS,
  CONTACT_STATES,
  DIRECTIONS,
  LINK_KINDS,
  MOODS,
  PERSON_ROLES,
  SOURCES,
  STEP_KINDS,
  STEP_STATES,
  TONES,
} from '../core/model.js';
import { type Dump, dumpAll, isEmpty, loadAll } from '../store/dump.js';
import { LATEST_MIGRATION } from '../store/migrations/index.js';
import type { AppContext } from './context.js';

/** The export file's name for itself, and its version: bumped whenever its shape changes. */
export const EXPORT_FORMAT = 'notnow-export';
export const EXPORT_VERSION = 2;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  schema: string;
  data: Dump;
}

export async function exportAll(ctx: AppContext): Promise<ExportFile> {
  // One transaction: a consistent picture even while the web server is writing.
  const data = await ctx.store.tx((db) => dumpAll(db));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: ctx.clock.now('UTC'),
    schema: LATEST_MIGRATION,
    data,
  };
}

const id = z.number().int().positive();
const nid = id.nullable();
const str = z.string();
const nstr = z.string().nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const ndate = date.nullable();

const dumpSchema = z.object({
  companies: z.array(
    z
      .object({ id, name: str, domains: z.array(str), careersUrl: nstr, notes: nstr, createdAt: str })
      .strict(),
  ),
  applications: z.array(
    z
      .object({
        id,
        companyId: id,
        role: str,
        jobUrl: nstr,
        source: z.enum(SOURCES),
        status: z.enum(APPLICATION_STATUSES),
        appliedOn: ndate,
        notes: nstr,
        createdAt: str,
        updatedAt: str,
      })
      .strict(),
  ),
  statusChanges: z.array(
    z
      .object({
        id,
        applicationId: id,
        status: z.enum(APPLICATION_STATUSES),
        at: str,
        reason: nstr,
        mood: z.enum(MOODS).nullable(),
      })
      .strict(),
  ),
  people: z.array(
    z
      .object({
        id,
        name: str,
        emails: z.array(str),
        phone: nstr,
        linkedinUrl: nstr,
        companyId: nid,
        title: nstr,
        role: z.enum(PERSON_ROLES),
        rapport: nstr,
        contactState: z.enum(CONTACT_STATES),
        notes: nstr,
        createdAt: str,
      })
      .strict(),
  ),
  participations: z.array(
    z.object({ applicationId: id, personId: id, role: z.enum(PERSON_ROLES), interviewedOn: ndate }).strict(),
  ),
  touches: z.array(
    z
      .object({
        id,
        personId: nid,
        applicationId: nid,
        at: str,
        channel: z.enum(CHANNELS),
        direction: z.enum(DIRECTIONS),
        note: nstr,
        tone: z.enum(TONES).nullable(),
        stepId: nid,
      })
      .strict(),
  ),
  steps: z.array(
    z
      .object({
        id,
        key: str,
        applicationId: nid,
        personId: nid,
        kind: z.enum(STEP_KINDS),
        due: date,
        channel: z.enum(CHANNELS).nullable(),
        why: str,
        state: z.enum(STEP_STATES),
        snoozedUntil: ndate,
        cancelReason: nstr,
        touchId: nid,
        edited: z.boolean(),
        draft: nstr,
        createdAt: str,
        updatedAt: str,
      })
      .strict(),
  ),
  feedback: z.array(z.object({ id, applicationId: id, personId: nid, receivedOn: date, text: str }).strict()),
  links: z.array(
    z
      .object({
        id,
        url: str,
        title: str,
        kind: z.enum(LINK_KINDS),
        companyId: nid,
        note: nstr,
        addedAt: str,
      })
      .strict(),
  ),
  settings: z.record(z.string(), z.unknown()),
  // Version 2 added the inbox; a version-1 file simply has none.
  messages: z
    .array(
      z
        .object({
          id,
          messageKey: str,
          sourceKey: str,
          receivedAt: nstr,
          fromName: nstr,
          fromAddress: nstr,
          subject: str,
          kind: str,
          confidence: z.number().min(0).max(1),
          evidence: z.unknown(),
          extraction: z.unknown(),
          applicationId: nid,
          state: z.enum(['applied', 'review', 'accepted', 'dismissed']),
          suggestion: z.unknown(),
          body: nstr,
          importedAt: str,
        })
        .strict(),
    )
    .default([]),
  importCheckpoints: z
    .array(z.object({ source: str, state: z.unknown(), updatedAt: str }).strict())
    .default([]),
});

const fileSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'this is not a notnow export file' }),
  version: z.number().int(),
  exportedAt: z.string(),
  schema: z.string(),
  data: z.unknown(),
});

/** Checks a parsed export file; says where it is wrong. */
export function readExportFile(json: unknown): Dump {
  const head = fileSchema.safeParse(json);
  if (!head.success) {
    throw new NotNowError('invalid-file', `Not a notnow export file: ${head.error.issues[0]?.message}`);
  }
  if (head.data.version > EXPORT_VERSION) {
    throw new NotNowError(
      'invalid-file',
      `This export is version ${head.data.version}, written by a newer notnow; this notnow reads up to ` +
        `version ${EXPORT_VERSION}. Upgrade notnow to restore it.`,
    );
  }
  const data = dumpSchema.safeParse(head.data.data);
  if (!data.success) {
    const issues = data.error.issues.slice(0, 5).map((i) => `data.${i.path.join('.')}: ${i.message}`);
    throw new NotNowError('invalid-file', `The export file is damaged: ${issues.join('; ')}`, issues);
  }
  return data.data as Dump;
}

/** Reads an export back into an empty database, whole or not at all. */
export async function restoreAll(ctx: AppContext, json: unknown): Promise<Record<string, number>> {
  const dump = readExportFile(json);
  await ctx.store.tx(async (db) => {
    if (!(await isEmpty(db))) {
      throw conflict(
        `${ctx.store.where} already holds data; restore into an empty one (e.g. --db new.db), nothing was changed.`,
      );
    }
    try {
      await loadAll(db, dump);
    } catch (e) {
      throw new NotNowError(
        'invalid-file',
        `The export file does not hold together (${(e as Error).message}); nothing was restored.`,
      );
    }
  });
  return Object.fromEntries(
    Object.entries(dump).map(([k, v]) => [k, Array.isArray(v) ? v.length : Object.keys(v).length]),
  );
}

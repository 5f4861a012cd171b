/**
 * The shared background job queue (server/lib/jobs), the notification inbox with its e-mail
 * preferences (server/modules/notifications), and the deadlines a region sets for its own
 * work (server/modules/deadlines).
 *
 * Notifications and deadlines are tenant-owned: `region_code` leads their primary keys like
 * every tenant table (docs/scaling.md). The job queue is the deployment's own machinery; a
 * job names its region when it has one, for the operator's eye only.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DEADLINE_KINDS } from '../../domain/deadlines.js';
import { EMAIL_STATUSES, NOTIFICATION_KINDS } from '../../domain/notifications.js';
import { JOB_STATUSES } from '../lib/jobs/statuses.js';
import { createdAt, updatedAt } from './columns.js';
import { regions, users } from './schema.js';

/**
 * One unit of background work. Claimed with `FOR UPDATE SKIP LOCKED` so several servers can
 * share the queue; the claimer records itself (`locked_by`) and beats `heartbeat_at`, so a
 * job whose server died is taken up again. `dedupe_key` makes "enqueue once" idempotent (a
 * daily schedule, one e-mail per notification).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull().default({}),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    lockedBy: jsonb('locked_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    dedupeKey: text('dedupe_key'),
    regionCode: text('region_code'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.status} = 'queued'`),
    index('jobs_running_idx')
      .on(t.heartbeatAt)
      .where(sql`${t.status} = 'running'`),
    uniqueIndex('jobs_dedupe_uq').on(t.dedupeKey),
  ],
);

/**
 * A user's inbox entry. Written in the transaction of the event it tells about; the text is
 * rendered from `kind` and `params` in the reader's language when shown or mailed, so a
 * language switch applies to old entries too. `link` is the web path of the object.
 */
export const notifications = pgTable(
  'notifications',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    params: jsonb('params').notNull().default({}),
    link: text('link').notNull(),
    actorUserId: uuid('actor_user_id'),
    emailStatus: text('email_status', { enum: EMAIL_STATUSES }),
    /** One notification per user and key (a deadline's reminder at one threshold). */
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('notifications_id_uq').on(t.id),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);

/** E-mail opt-outs: no row means the kind is mailed (the in-app entry is always written). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    email: boolean('email').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** A region's due date for one kind of work of one year (data year or budget year). */
export const deadlines = pgTable(
  'deadlines',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: DEADLINE_KINDS }).notNull(),
    year: integer('year').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('deadlines_id_uq').on(t.id),
    uniqueIndex('deadlines_region_kind_year_uq').on(t.regionCode, t.kind, t.year),
    index('deadlines_due_idx').on(t.dueDate),
  ],
);

/**
 * Cooperation agreements (MoU / PKS, issue 12): the agreement, its parties in order (the
 * region, an OPD, a registry institution, a kelembagaan partner, or another body by name) with
 * each party's document number, signing date and obligations, the signed document, the event
 * where it was signed, and the activities carried out under it.
 *
 * Only draft, signed and terminated are stored; active and expired follow from the dates
 * (domain/agreements/status.ts). The expiry reminders need no column: the notification's
 * dedupe key per agreement and threshold makes each one sent once.
 */
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  AGREEMENT_KINDS,
  PARTY_KINDS,
  STORED_AGREEMENT_STATUSES,
} from '../../domain/agreements/constants.js';
import { createdAt, updatedAt } from './columns.js';
import { opd, regions } from './schema.js';
import { institutions } from './schema-institutions.js';
import { pugPartners } from './schema-kelembagaan.js';
import { meetings } from './schema-meetings.js';

export const agreements = pgTable(
  'agreements',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    scope: text('scope').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    status: text('status', { enum: STORED_AGREEMENT_STATUSES }).notNull().default('draft'),
    terminatedOn: date('terminated_on'),
    terminationReason: text('termination_reason').notNull().default(''),
    /** The event (meetings) where it was signed, e.g. an advocacy meeting. */
    meetingId: uuid('meeting_id'),
    /** The signed document in the file store. */
    documentFileKey: text('document_file_key'),
    documentFileName: text('document_file_name'),
    documentContentType: text('document_content_type'),
    documentBytes: integer('document_bytes'),
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('agreements_id_uq').on(t.id),
    index('agreements_region_end_idx').on(t.regionCode, t.endsOn),
    foreignKey({ columns: [t.regionCode, t.meetingId], foreignColumns: [meetings.regionCode, meetings.id] }),
  ],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    regionCode: text('region_code').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    opdId: uuid('opd_id'),
    institutionId: uuid('institution_id'),
    partnerId: uuid('partner_id'),
    /** The name of an "other" party as written (e.g. "Pengadilan Agama Palu Kelas IA"). */
    name: text('name').notNull().default(''),
    documentNumber: text('document_number').notNull().default(''),
    signedOn: date('signed_on'),
    signatoryName: text('signatory_name').notNull().default(''),
    signatoryPosition: text('signatory_position').notNull().default(''),
    obligations: text('obligations').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.agreementId, t.position] }),
    index('agreement_parties_institution_idx').on(t.regionCode, t.institutionId),
    foreignKey({
      columns: [t.regionCode, t.agreementId],
      foreignColumns: [agreements.regionCode, agreements.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.regionCode, t.opdId], foreignColumns: [opd.regionCode, opd.id] }),
    foreignKey({
      columns: [t.regionCode, t.institutionId],
      foreignColumns: [institutions.regionCode, institutions.id],
    }),
    foreignKey({
      columns: [t.regionCode, t.partnerId],
      foreignColumns: [pugPartners.regionCode, pugPartners.id],
    }),
  ],
);

export const agreementActivities = pgTable(
  'agreement_activities',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    agreementId: uuid('agreement_id').notNull(),
    doneOn: date('done_on').notNull(),
    description: text('description').notNull(),
    evidenceFileKey: text('evidence_file_key'),
    evidenceFileName: text('evidence_file_name'),
    evidenceContentType: text('evidence_content_type'),
    evidenceBytes: integer('evidence_bytes'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex('agreement_activities_id_uq').on(t.id),
    index('agreement_activities_agreement_idx').on(t.regionCode, t.agreementId, t.doneOn),
    foreignKey({
      columns: [t.regionCode, t.agreementId],
      foreignColumns: [agreements.regionCode, agreements.id],
    }).onDelete('cascade'),
  ],
);

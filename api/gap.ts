/**
 * The GAP/GBS/TOR API (server/modules/gap): the document content (strict: an unknown field is an error, not silently
 * dropped), requests and answers. Content types: domain/planning/gap-content.ts; the rules a
 * complete document meets are in domain/planning/gap-rules.ts, not here — a draft may be
 * incomplete, but never malformed.
 */
import { z } from 'zod';
import { GAP_STATUSES } from '../domain/planning/arg-recap.js';
import { GAP_ASPECTS, GAP_STEPS } from '../domain/planning/gap-content.js';
import { GAP_ISSUE_CODES } from '../domain/planning/gap-rules.js';
import { isRupiah } from '../domain/planning/money.js';
import { VALUE_STATUSES } from '../domain/indicators.js';
import { errorSchema, pageOf, paginationQuery } from './common.js';

/** Client-chosen item ids: short, URL- and JSON-safe. */
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'gap_item_id_format' });
const shortText = z.string().max(500);
const text = z.string().max(4000);
const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(50);
const year = z.number().int().min(2000).max(2100);
export const rupiah = z.string().refine(isRupiah, { message: 'gap_money_format' });

const dataRef = z.strictObject({
  id: itemId,
  indicatorCode: z.string().max(60),
  year,
  note: text,
});
const factor = z.strictObject({ id: itemId, aspect: z.enum(GAP_ASPECTS), text });
const cause = z.strictObject({ id: itemId, text });
const action = z.strictObject({ id: itemId, text, output: shortText, addresses: list(itemId) });
const baseline = z.strictObject({ id: itemId, dataRefId: z.string().max(32), text });
const indicator = z.strictObject({
  id: itemId,
  kind: z.enum(['output', 'outcome']),
  text: shortText,
  target: z.string().max(100),
  unit: z.string().max(60),
});

/** Ids must be unique within a list, or references and comparisons become ambiguous. */
const uniqueIds = <T extends { id: string }>(items: T[]) =>
  new Set(items.map((i) => i.id)).size === items.length;
const uniqueList = <T extends z.ZodType<{ id: string }>>(item: T) =>
  list(item).refine(uniqueIds, { message: 'gap_item_id_duplicate' });

export const gapContentSchema = z.strictObject({
  step1: z.strictObject({ policy: text, objective: text }),
  step2: z.strictObject({ data: uniqueList(dataRef), qualitative: text }),
  step3: z.strictObject({ factors: uniqueList(factor) }),
  step4: z.strictObject({ causes: uniqueList(cause) }),
  step5: z.strictObject({ causes: uniqueList(cause) }),
  step6: z.strictObject({ objective: text }),
  step7: z.strictObject({ actions: uniqueList(action) }),
  step8: z.strictObject({ baselines: uniqueList(baseline) }),
  step9: z.strictObject({ indicators: uniqueList(indicator) }),
});

export const gbsContentSchema = z.strictObject({
  outputIndicator: shortText,
  outputTarget: z.string().max(200),
  situationAnalysis: z.string().max(12000),
  components: uniqueList(
    z.strictObject({ id: itemId, actionId: itemId.nullable(), name: shortText, budget: rupiah }),
  ),
  outcome: text,
});

const month = z.number().int().min(1).max(12);
export const torContentSchema = z.strictObject({
  legalBasis: text,
  background: z.string().max(12000),
  objective: text,
  beneficiaries: z.strictObject({ women: z.string().max(200), men: z.string().max(200), description: text }),
  method: z.string().max(8000),
  location: shortText,
  implementer: shortText,
  schedule: uniqueList(
    z.strictObject({
      id: itemId,
      activity: shortText,
      months: z
        .array(month)
        .max(12)
        .refine((m) => new Set(m).size === m.length, { message: 'gap_months_duplicate' }),
    }),
  ),
});

export const gapStatus = z.enum(GAP_STATUSES);
const target = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'gbs', 'tor']);
/** What a completeness issue or a compared section is about: a GAP step (1–9), the GBS or the TOR. */
const issueTarget = z.literal([...GAP_STEPS, 'gbs', 'tor']);
/** A reviewer's decision on a submission: back to the author for revision, or approved. */
export const DECISIONS = ['revision', 'approve'] as const;

export const listGapQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: gapStatus.optional(),
  opdId: z.uuid().optional(),
  ...paginationQuery,
});

export const saveGapBody = z.strictObject({
  version: z.number().int().min(1),
  gap: gapContentSchema.optional(),
  gbs: gbsContentSchema.nullable().optional(),
  tor: torContentSchema.nullable().optional(),
});
export const versionBody = z.strictObject({ version: z.number().int().min(1) });
export const commentBody = z.strictObject({
  target: target.nullable().default(null),
  body: z.string().trim().min(1).max(4000),
});
export const resolveBody = z.strictObject({ resolved: z.boolean() });
export const decisionBody = z.strictObject({
  decision: z.enum(DECISIONS),
  body: z.string().trim().max(4000).default(''),
  target: target.nullable().optional(),
});
export const compareQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.union([z.literal('current'), z.coerce.number().int().min(1)]).default('current'),
});
export const eventParams = z.object({ id: z.uuid(), eventId: z.uuid() });
export const REVIEW_EVENT_KINDS = ['submit', 'comment', 'revision', 'approve'] as const;

const named = z.object({ code: z.string(), name: z.string() }).nullable();
const subActivitySummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  outputIndicator: z.string(),
  target: z.string(),
  budget: z.string(),
});
const opdSummary = z.object({ id: z.string(), name: z.string(), shortName: z.string() });

export const gapListItem = z.object({
  id: z.string(),
  regionCode: z.string(),
  year: z.number(),
  status: gapStatus,
  submission: z.number(),
  version: z.number(),
  isDemo: z.boolean(),
  subActivity: subActivitySummary,
  opd: opdSummary,
  openComments: z.number(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export const gapPage = pageOf(gapListItem);

export const reviewEvent = z.object({
  id: z.string(),
  submission: z.number(),
  kind: z.enum(REVIEW_EVENT_KINDS),
  target: z.string().nullable(),
  body: z.string(),
  resolved: z.boolean(),
  authorName: z.string(),
  authorRole: z.string(),
  at: z.string(),
});

const issue = z.object({
  target: issueTarget,
  code: z.enum(GAP_ISSUE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const dataFigure = z.object({
  refId: z.string(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  indicatorNameEn: z.string(),
  unit: z.string(),
  year: z.number(),
  female: z.number().nullable(),
  male: z.number().nullable(),
  total: z.number().nullable(),
  source: z.string(),
  /** The least advanced status among the values read (draft < submitted < verified). */
  status: z.enum(VALUE_STATUSES).nullable(),
  missing: z.boolean(),
});

export const gapDocument = gapListItem.extend({
  gap: gapContentSchema,
  gbs: gbsContentSchema.nullable(),
  tor: torContentSchema.nullable(),
  nomenclature: z.object({
    urusan: named,
    bidang: named,
    program: named,
    kegiatan: named,
    subKegiatan: named,
  }),
  dataValues: z.array(dataFigure),
  completeness: z.object({ ready: z.boolean(), issues: z.array(issue) }),
  gbsTotal: z.string().nullable(),
  events: z.array(reviewEvent),
  updatedBy: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  /** Who made the submission being decided; they may not approve it unless the region waived that. */
  lastSubmittedBy: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
  selfApprovalAllowed: z.boolean(),
});

export const versionItem = z.object({
  submission: z.number(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  /** The reviewer's decision on this submission, if any yet. */
  decision: z.enum(DECISIONS).nullable(),
});
export const versionList = z.array(versionItem);

/** The parts of a document a save writes. */
export const GAP_PARTS = ['gap', 'gbs', 'tor'] as const;

/**
 * The automatic saves of a document, newest first (the last SAVE_HISTORY_LIMIT of `total`),
 * apart from its versions: a version is a submission, a save only moves the edit lock on.
 */
export const SAVE_HISTORY_LIMIT = 100;
export const saveHistory = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      byName: z.string(),
      parts: z.array(z.enum(GAP_PARTS)),
      /** Set when the save (re)drafted the GBS or TOR from the worksheet. */
      drafted: z.enum(['gbs', 'tor']).nullable(),
      /** Submissions made before this save: 0 while the first version is being written. */
      submission: z.number().int(),
    }),
  ),
  total: z.number().int(),
});

/** One difference between two versions (domain/planning/gap-diff.ts `Change`). */
const listItemChange = {
  path: z.string(),
  id: z.string(),
  /** Its place in its list, from 1. */ position: z.number().int(),
};
const change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changed'), path: z.string(), before: z.unknown(), after: z.unknown() }),
  z.object({ kind: z.literal('added'), ...listItemChange, item: z.unknown() }),
  z.object({ kind: z.literal('removed'), ...listItemChange, item: z.unknown() }),
  z.object({
    kind: z.literal('item_changed'),
    ...listItemChange,
    fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  }),
]);
export const compareResult = z.object({
  from: z.number(),
  to: z.union([z.number(), z.literal('current')]),
  sections: z.array(z.object({ target: issueTarget, changes: z.array(change) })),
  count: z.number(),
});

/** 409 on a stale version: the error names who saved last; `current` lets the client reload. */
export const conflictSchema = z.object({
  error: errorSchema.shape.error.extend({
    current: z.object({ version: z.number(), savedBy: z.string(), savedAt: z.string() }).optional(),
  }),
});

export type ListGapQuery = z.infer<typeof listGapQuery>;
export type SaveGapInput = z.infer<typeof saveGapBody>;
export type CommentInput = z.infer<typeof commentBody>;
export type DecisionInput = z.infer<typeof decisionBody>;
export type CompareQuery = z.infer<typeof compareQuery>;
export type SaveHistory = z.infer<typeof saveHistory>;

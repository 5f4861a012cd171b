/**
 * The evidence repository of the Evaluasi PUG (feature `evaluation-evidence`): a region's
 * uploaded bukti dukung documents and the live evidence Setara's own records supply, by year
 * and kind (domain/evaluation/evidence-kinds.ts), and the computed indicators. Upload is a
 * multipart form whose text fields follow `documentFields`; edits are JSON.
 */
import { z } from 'zod';
import { EVIDENCE_KIND_CODES } from '../domain/evaluation/evidence-kinds.js';
import { nameText } from './common.js';
import { multiLineText } from './meetings.js';
import { regionCode } from './regions.js';

export const regionParams = z.object({ code: regionCode });
export const documentParams = z.object({ id: z.uuid() });

/** Evaluation years Setara holds: from the first APE cycles (2006) to a few years ahead. */
export const evidenceYear = z.coerce.number().int().min(2000).max(2100);

export const evidenceKindCode = z.enum(EVIDENCE_KIND_CODES as [string, ...string[]], {
  message: 'evidence_kind_unknown',
});

const date = z.iso.date({ message: 'evidence_date_invalid' });

/** A cell a spreadsheet would run as a formula (=, +, @ first), refused in titles. */
const FORMULA_START = /^[=+@]/;

export const EVIDENCE_LIMITS = { title: 300, note: 2000 } as const;

const documentBase = z.object({
  kind: evidenceKindCode,
  year: evidenceYear,
  title: nameText(EVIDENCE_LIMITS.title)
    .min(1, { message: 'required' })
    .refine((v) => !FORMULA_START.test(v), { message: 'evidence_title_formula' }),
  note: multiLineText(EVIDENCE_LIMITS.note).default(''),
  validFrom: date.nullable().default(null),
  validUntil: date.nullable().default(null),
  /** The OPD it belongs to; an operator's upload is always its own OPD's. */
  opdId: z.uuid({ message: 'evidence_opd_unknown' }).nullable().default(null),
});

function validityOrder(v: { validFrom: string | null; validUntil: string | null }, ctx: z.RefinementCtx) {
  if (v.validFrom && v.validUntil && v.validUntil < v.validFrom)
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'evidence_validity_order' });
}

/** The upload form's text fields. */
export const documentFields = documentBase.strict().superRefine(validityOrder);
export type DocumentFields = z.infer<typeof documentFields>;

/** An edit: the same fields and the version it edited (optimistic locking). */
export const updateDocumentBody = documentBase
  .extend({ version: z.number().int().min(1) })
  .strict()
  .superRefine(validityOrder);
export type UpdateDocumentBody = z.infer<typeof updateDocumentBody>;

export const listQuery = z
  .object({
    year: evidenceYear,
    kind: evidenceKindCode.optional(),
  })
  .strict();

export const proposeQuery = z
  .object({
    year: evidenceYear,
    /** Comma-separated kind codes, as an instrument question lists them (unknown codes: uploads only). */
    kinds: z
      .string()
      .max(2000)
      .transform((v) =>
        v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, { message: 'evidence_kind_unknown' }))
          .min(1)
          .max(50),
      ),
  })
  .strict();

export const documentSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  kind: z.string(),
  year: z.number().int(),
  opd: z.object({ id: z.string(), name: z.string() }).nullable(),
  title: z.string(),
  note: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  version: z.number().int(),
  isDemo: z.boolean(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The API path the file downloads from. */
  downloadUrl: z.string(),
  /** Whether the caller may edit or delete it. */
  canWrite: z.boolean(),
});
export type EvidenceDocumentDto = z.infer<typeof documentSchema>;

const refSchema = z.union([
  z.object({ module: z.string(), id: z.string() }),
  z.object({ documentId: z.string() }),
]);

export const candidateSchema = z.object({
  link: z.object({
    kind: z.string(),
    source: z.enum(['live', 'upload']),
    ref: refSchema,
    title: z.string(),
    year: z.number().int(),
  }),
  href: z.string(),
  date: z.string().nullable(),
  status: z.string().nullable(),
  figure: z.object({ value: z.number().nullable(), display: z.string(), source: z.string() }).optional(),
});
export type EvidenceCandidateDto = z.infer<typeof candidateSchema>;

export const kindEvidenceSchema = z.object({
  kind: z.string(),
  uploads: z.array(documentSchema),
  live: z.array(candidateSchema),
});

export const evidenceListSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  /** The upload form shows (DP3A, or an operator with an OPD of the region). */
  canUpload: z.boolean(),
  /** Every document of the region may be written (DP3A); an operator writes its OPD's only. */
  canManage: z.boolean(),
  /** OPDs an upload may name: every active OPD for DP3A, its own for an operator. */
  opds: z.array(z.object({ id: z.string(), name: z.string() })),
  kinds: z.array(kindEvidenceSchema),
});
export type EvidenceListDto = z.infer<typeof evidenceListSchema>;

export const candidatesSchema = z.object({ year: z.number().int(), candidates: z.array(candidateSchema) });
export type CandidatesDto = z.infer<typeof candidatesSchema>;

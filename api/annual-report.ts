/**
 * The annual PUG report of a region (Laporan Pelaksanaan PUG, server/modules/annual-report):
 * the sections assembled from the other modules, the narrative drafts and their versions, and
 * the PDF and DOCX downloads.
 *
 * An assembled section is a print model: headings, facts and tables already in the Indonesian
 * of the document (Rupiah, "45,20 %"), so the PDF, the DOCX and the web's preview show the
 * same text and a later module adds a section without touching any of the three.
 */
import { z } from 'zod';
import {
  NARRATIVE_MAX_CHARS,
  NARRATIVE_SECTIONS,
  SIGNATORY_FIELDS,
  SIGNATORY_MAX_CHARS,
} from '../domain/annual-report/constants.js';
import { singleLineText } from './common.js';
import { regionCode } from './regions.js';

const year = z.coerce.number().int().min(2000).max(2100);
const paper = z.enum(['a4', 'f4']).default('a4').describe('Paper: A4 or F4 (folio, 215 × 330 mm)');

export const annualReportParams = z.object({ code: regionCode });
export const annualReportQuery = z.strictObject({ year });
export const annualReportExportParams = z.object({ code: regionCode, format: z.enum(['pdf', 'docx']) });
export const annualReportExportQuery = z.strictObject({ year, paper });
export const annualReportVersionParams = z.object({
  code: regionCode,
  version: z.coerce.number().int().min(1).max(1_000_000),
});

// ---------------------------------------------------------------------------------------------
// Assembled sections

const align = z.enum(['left', 'right']);

export const reportTableSchema = z.object({
  /** Stable name of the table within its section (tests, the web's keys). */
  key: z.string(),
  title: z.string(),
  columns: z.array(z.object({ label: z.string(), align })),
  rows: z.array(z.array(z.string())),
  /** Printed instead of an empty table, saying why it is empty. */
  empty: z.string(),
});

export const reportSectionSchema = z.object({
  /** domain/annual-report/constants.ts ASSEMBLED_SECTIONS (the web labels its tab by it). */
  key: z.string(),
  title: z.string(),
  /** Where the figures come from, one sentence. */
  source: z.string(),
  facts: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  tables: z.array(reportTableSchema),
  /** Set when the module holds nothing for the year: what is missing and where to enter it. */
  empty: z.string().nullable(),
});

// ---------------------------------------------------------------------------------------------
// Narrative and versions

const narrativeText = z.string().max(NARRATIVE_MAX_CHARS);
export const narrativeSchema = z.strictObject(
  Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, narrativeText.default('')])) as Record<
    (typeof NARRATIVE_SECTIONS)[number],
    z.ZodDefault<z.ZodString>
  >,
);
export const signatorySchema = z.strictObject(
  Object.fromEntries(
    SIGNATORY_FIELDS.map((f) => [f, singleLineText(SIGNATORY_MAX_CHARS).default('')]),
  ) as Record<(typeof SIGNATORY_FIELDS)[number], z.ZodDefault<z.ZodString>>,
);

export const saveVersionBody = z.strictObject({
  year,
  /** The version the text was edited from (null for the first); a newer one answers 409. */
  baseVersion: z.number().int().min(1).nullable(),
  narrative: narrativeSchema,
  signatory: signatorySchema,
  /** Set when this save brings back an older version's text. */
  restoredFrom: z.number().int().min(1).nullable().default(null),
});

const author = z.object({ id: z.string(), name: z.string() }).nullable();

export const versionSummarySchema = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: author,
  restoredFrom: z.number().int().nullable(),
  isDemo: z.boolean(),
  /** Characters of narrative, all sections together. */
  chars: z.number().int(),
});

export const versionSchema = versionSummarySchema.extend({
  regionCode: z.string(),
  year: z.number().int(),
  narrative: z.record(z.enum(NARRATIVE_SECTIONS), z.string()),
  signatory: z.record(z.enum(SIGNATORY_FIELDS), z.string()),
});

export const versionListSchema = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  items: z.array(versionSummarySchema),
});

export const annualReportSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  sections: z.array(reportSectionSchema),
  /** The latest saved version; null until the first save. */
  draft: versionSchema.nullable(),
  /** The signature block printed when no version names one. */
  defaultSignatory: z.record(z.enum(SIGNATORY_FIELDS), z.string()),
  canEdit: z.boolean(),
});

export type ReportTable = z.infer<typeof reportTableSchema>;
export type ReportSection = z.infer<typeof reportSectionSchema>;
export type SaveVersionInput = z.infer<typeof saveVersionBody>;
export type AnnualReportVersion = z.infer<typeof versionSchema>;
export type AnnualReportVersionSummary = z.infer<typeof versionSummarySchema>;
export type AnnualReportVersionList = z.infer<typeof versionListSchema>;
export type AnnualReportDto = z.infer<typeof annualReportSchema>;
export type AnnualReportExportQuery = z.infer<typeof annualReportExportQuery>;

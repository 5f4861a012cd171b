/**
 * The narrative drafts of a region's annual report: each save adds the next version with its
 * author and time (never an overwrite), so the list of versions is the history; an old version
 * is viewed as it was, and restored by saving its text again as a new version. A save names
 * the version it was edited from, and one made meanwhile by someone else answers 409 instead
 * of being silently replaced.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  DEFAULT_SIGNATORY_POSITION,
  NARRATIVE_SECTIONS,
  SIGNATORY_FIELDS,
  type NarrativeSection,
  type SignatoryField,
} from '../../../domain/annual-report/constants.js';
import type {
  AnnualReportVersion,
  AnnualReportVersionList,
  AnnualReportVersionSummary,
  SaveVersionInput,
} from '../../../api/annual-report.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { annualReportVersions } from '../../db/schema-annual-report.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { uniqueViolation } from '../../lib/db-errors.js';
import { Conflict, NotFound } from '../../lib/errors.js';
import { assertEditor, assertReader } from './access.js';

type Row = typeof annualReportVersions.$inferSelect & { authorName: string | null };

/** Every section present (a version saved before a section existed prints it empty). */
function narrativeOf(stored: Partial<Record<NarrativeSection, string>>): Record<NarrativeSection, string> {
  return Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, stored[s] ?? ''])) as Record<
    NarrativeSection,
    string
  >;
}

function signatoryOf(stored: Partial<Record<SignatoryField, string>>): Record<SignatoryField, string> {
  return Object.fromEntries(SIGNATORY_FIELDS.map((f) => [f, stored[f] ?? ''])) as Record<
    SignatoryField,
    string
  >;
}

export const DEFAULT_SIGNATORY: Record<SignatoryField, string> = {
  position: DEFAULT_SIGNATORY_POSITION,
  name: '',
  rank: '',
  nip: '',
};

function summaryOf(r: Row): AnnualReportVersionSummary {
  return {
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy ? { id: r.createdBy, name: r.authorName ?? '' } : null,
    restoredFrom: r.restoredFrom,
    isDemo: r.isDemo,
    chars: NARRATIVE_SECTIONS.reduce((n, s) => n + (r.narrative[s]?.length ?? 0), 0),
  };
}

function versionOf(r: Row): AnnualReportVersion {
  return {
    ...summaryOf(r),
    regionCode: r.regionCode,
    year: r.year,
    narrative: narrativeOf(r.narrative),
    signatory: signatoryOf(r.signatory),
  };
}

function selectRows(db: Db) {
  return db
    .select({
      regionCode: annualReportVersions.regionCode,
      year: annualReportVersions.year,
      version: annualReportVersions.version,
      narrative: annualReportVersions.narrative,
      signatory: annualReportVersions.signatory,
      restoredFrom: annualReportVersions.restoredFrom,
      isDemo: annualReportVersions.isDemo,
      createdBy: annualReportVersions.createdBy,
      createdAt: annualReportVersions.createdAt,
      authorName: users.fullName,
    })
    .from(annualReportVersions)
    .leftJoin(users, eq(users.id, annualReportVersions.createdBy));
}

const ofYear = (regionCode: string, year: number) =>
  and(eq(annualReportVersions.regionCode, regionCode), eq(annualReportVersions.year, year));

/** The latest version of a region's year, or null before the first save. No permission check. */
export async function latestVersion(
  db: Db,
  regionCode: string,
  year: number,
): Promise<AnnualReportVersion | null> {
  const [row] = await selectRows(db)
    .where(ofYear(regionCode, year))
    .orderBy(desc(annualReportVersions.version))
    .limit(1);
  return row ? versionOf(row) : null;
}

export async function listVersions(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  year: number,
): Promise<AnnualReportVersionList> {
  await assertReader(db, actor, regionCode);
  const rows = await selectRows(db)
    .where(ofYear(regionCode, year))
    .orderBy(desc(annualReportVersions.version));
  return { regionCode, year, items: rows.map(summaryOf) };
}

export async function getVersion(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  year: number,
  version: number,
): Promise<AnnualReportVersion> {
  await assertReader(db, actor, regionCode);
  const [row] = await selectRows(db).where(
    and(ofYear(regionCode, year), eq(annualReportVersions.version, version)),
  );
  if (!row) throw new NotFound('annual_report_version_unknown');
  return versionOf(row);
}

const sameText = (a: AnnualReportVersion, input: SaveVersionInput) =>
  NARRATIVE_SECTIONS.every((s) => a.narrative[s] === input.narrative[s]) &&
  SIGNATORY_FIELDS.every((f) => a.signatory[f] === input.signatory[f]);

/**
 * Saves the narrative as the next version. Saving exactly the latest text again adds nothing
 * and answers the latest (a double click, a restore of the current version).
 */
export async function saveVersion(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: SaveVersionInput,
): Promise<AnnualReportVersion> {
  const a = await assertEditor(db, actor, regionCode);
  const { year } = input;
  try {
    return await db.transaction(async (tx) => {
      const latest = await latestVersion(tx, regionCode, year);
      if ((latest?.version ?? null) !== input.baseVersion) {
        throw new Conflict({ baseVersion: 'annual_report_stale' }, 'annual_report_stale');
      }
      if (latest && sameText(latest, input)) return latest;
      if (input.restoredFrom !== null) {
        const [source] = await tx
          .select({ version: annualReportVersions.version })
          .from(annualReportVersions)
          .where(and(ofYear(regionCode, year), eq(annualReportVersions.version, input.restoredFrom)));
        if (!source) throw new NotFound('annual_report_version_unknown');
      }
      const [row] = await tx
        .insert(annualReportVersions)
        .values({
          regionCode,
          year,
          version: (latest?.version ?? 0) + 1,
          narrative: input.narrative,
          signatory: input.signatory,
          restoredFrom: input.restoredFrom,
          createdBy: a.userId,
          createdAt: sql`now()`,
        })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: 'create',
        entity: 'annual_report',
        entityId: `${regionCode}/${year}/${row.version}`,
        regionCode,
        before: latest
          ? { version: latest.version, narrative: latest.narrative, signatory: latest.signatory }
          : null,
        after: {
          version: row.version,
          narrative: row.narrative,
          signatory: row.signatory,
          restoredFrom: row.restoredFrom,
        },
      });
      const [author] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, a.userId));
      return versionOf({ ...row, authorName: author?.name ?? null });
    });
  } catch (error) {
    // Two saves of the same base at once: the second meets the first's version number.
    if (uniqueViolation(error) !== null) {
      throw new Conflict({ baseVersion: 'annual_report_stale' }, 'annual_report_stale');
    }
    throw error;
  }
}

/**
 * A region's scoring configuration of a year's result: read by the region's readers, set by
 * its admin daerah (DP3A). Nothing official exists to default to (research-2.md §1.5), so a
 * year without a configuration scores nothing; the example (EXAMPLE_SCORING_CONFIG) is loaded
 * only by someone choosing it, and keeps saying "CONTOH" for as long as its source note does.
 * Every save adds the next version; earlier versions stay readable.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { canManageMonevScoring, canReadMonevResults } from '../../../domain/monev/access.js';
import { EXAMPLE_LABEL } from '../../../domain/monev/constants.js';
import { validateScoringConfig, type ScoringConfig } from '../../../domain/monev/scoring.js';
import type { ScoringConfigDto, ScoringDto, ScoringInput } from '../../../api/monev-results.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { monevScoringConfigs } from '../../db/schema-monev.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Conflict, Forbidden, Invalid, NotFound, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';

type Row = typeof monevScoringConfigs.$inferSelect;

/** The source note still claims to be the example. */
export const isExampleNote = (note: string) => note.trimStart().startsWith(EXAMPLE_LABEL);

export function configOf(row: Row): ScoringConfig {
  return { version: row.version, sourceNote: row.sourceNote, criteria: row.criteria, grades: row.grades };
}

const byRegionYear = (regionCode: string, year: number) =>
  and(eq(monevScoringConfigs.regionCode, regionCode), eq(monevScoringConfigs.year, year));

/** The latest version of a region's year (or the one asked for). No permission check: callers checked. */
export async function scoringRow(
  db: Db,
  regionCode: string,
  year: number,
  version?: number,
): Promise<Row | undefined> {
  const where = version
    ? and(byRegionYear(regionCode, year), eq(monevScoringConfigs.version, version))
    : byRegionYear(regionCode, year);
  const [row] = await db
    .select()
    .from(monevScoringConfigs)
    .where(where)
    .orderBy(desc(monevScoringConfigs.version))
    .limit(1);
  return row;
}

async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const named = (names: Map<string, string>, id: string | null) =>
  id ? { id, name: names.get(id) ?? '' } : null;

export function configDto(row: Row, names: Map<string, string>): ScoringConfigDto {
  return {
    year: row.year,
    version: row.version,
    sourceNote: row.sourceNote,
    isExample: isExampleNote(row.sourceNote),
    criteria: row.criteria,
    grades: row.grades,
    createdAt: row.createdAt.toISOString(),
    createdBy: named(names, row.createdBy),
  };
}

/** A configuration row with its author's name, for the results and the documents. */
export async function scoringConfigDto(db: Db, row: Row): Promise<ScoringConfigDto> {
  return configDto(row, await namesOf(db, [row.createdBy]));
}

async function scoringView(db: Db, regionCode: string, year: number, version?: number): Promise<ScoringDto> {
  const rows = await db
    .select()
    .from(monevScoringConfigs)
    .where(byRegionYear(regionCode, year))
    .orderBy(desc(monevScoringConfigs.version));
  const chosen = version ? rows.find((r) => r.version === version) : rows[0];
  if (version && !chosen) throw new NotFound();
  const names = await namesOf(
    db,
    rows.map((r) => r.createdBy),
  );
  return {
    regionCode,
    year,
    config: chosen ? configDto(chosen, names) : null,
    versions: rows.map((r) => ({
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      createdBy: named(names, r.createdBy),
      isExample: isExampleNote(r.sourceNote),
    })),
  };
}

export async function getScoring(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: { year: number; version?: number },
): Promise<ScoringDto> {
  const a = requireActor(actor);
  if (!canReadMonevResults(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  return scoringView(db, regionCode, query.year, query.version);
}

/**
 * Saves the next version of a region's year. The editor names the version it started from:
 * anything saved since is a 409, as is a second save racing for the same version (the key).
 */
export async function putScoring(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: ScoringInput,
): Promise<ScoringDto> {
  const a = requireActor(actor);
  if (!canManageMonevScoring(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const stale = () => new Conflict({ baseVersion: 'monev_scoring_stale' }, 'monev_scoring_stale');
  await mapUniqueViolations(
    () =>
      db.transaction(async (tx) => {
        const before = await scoringRow(tx, regionCode, input.year);
        const current = before?.version ?? 0;
        if (current !== input.baseVersion) throw stale();
        const config: ScoringConfig = {
          version: current + 1,
          sourceNote: input.sourceNote,
          criteria: input.criteria.map((c) => ({
            key: c.key as ScoringConfig['criteria'][number]['key'],
            label: c.label,
            weight: c.weight,
            ...(c.note ? { note: c.note } : {}),
          })),
          grades: input.grades,
        };
        const issues = validateScoringConfig(config);
        if (issues.length) {
          const fields: FieldErrors = Object.fromEntries(issues.map((i) => [i.field, i.code]));
          throw new Invalid(fields, 'monev_scoring_invalid', { count: issues.length });
        }
        await tx.insert(monevScoringConfigs).values({
          regionCode,
          year: input.year,
          version: config.version,
          sourceNote: config.sourceNote,
          criteria: config.criteria,
          grades: config.grades,
          createdBy: a.userId,
        });
        await recordAudit(tx, subjectOf(a), {
          action: before ? 'update' : 'create',
          entity: 'monev_scoring',
          entityId: `${regionCode}/${input.year}`,
          regionCode,
          before: before ? configOf(before) : null,
          after: config,
        });
      }),
    { monev_scoring_configs_region_code_year_version_pk: stale },
  );
  return scoringView(db, regionCode, input.year);
}

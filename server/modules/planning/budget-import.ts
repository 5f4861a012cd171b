/**
 * The budget import: a region's sub-kegiatan with their pagu for one year, from the planning
 * system's XLSX/CSV export. All or nothing: any wrong row refuses the whole file with every row
 * error listed; otherwise lines are updated (name, indicator, target, budget) or created in one
 * transaction, and the import is audited once.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { retagForBudget } from '../../../domain/planning/arg-tag.js';
import { addMoney } from '../../../domain/planning/money.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { subActivities } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { ImportFileError, openTabularFile } from '../../lib/import/index.js';
import { assertCanManageRegion } from '../../lib/permissions.js';
import { ImportRowsError, receiveUploadFile, type RowError, type UploadedFile } from '../../lib/upload.js';
import { getRegion } from '../regions/service.js';
import {
  mapColumns,
  opdKey,
  readImportRows,
  REQUIRED_COLUMNS,
  type ImportLine,
} from './budget-import-rows.js';

export const BUDGET_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The budget file is the region's (every OPD's lines at once): its admin imports it. */
export function assertCanImportBudget(actor: Actor | null, regionCode: string): Actor {
  return assertCanManageRegion(actor, regionCode);
}

/** Streams the multipart file to a temporary path; the caller removes it. */
export function receiveBudgetFile(request: FastifyRequest): Promise<UploadedFile> {
  return receiveUploadFile(request, { maxBytes: BUDGET_FILE_MAX_BYTES, prefix: 'budget' });
}

async function opdLookup(db: Db, regionCode: string) {
  const rows = await db
    .select({ id: opd.id, name: opd.name, shortName: opd.shortName })
    .from(opd)
    .where(eq(opd.regionCode, regionCode));
  const map = new Map<string, string>();
  for (const r of rows) {
    map.set(opdKey(r.name), r.id);
    map.set(opdKey(r.shortName), r.id);
  }
  return map;
}

export async function importBudgetFile(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  year: number,
  file: { path: string; name: string },
) {
  const a = assertCanImportBudget(actor, regionCode);
  await getRegion(db, regionCode);
  let opened;
  try {
    opened = await openTabularFile(file.path, file.name);
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw new AppError(422, 'invalid', 'import_file_unreadable', undefined, { reason: error.message });
    }
    throw error;
  }
  let lines: ImportLine[];
  let errors: RowError[];
  try {
    const columns = mapColumns(opened.header);
    const missing = REQUIRED_COLUMNS.filter((c) => columns.index[c] === undefined);
    if (missing.length) {
      throw new ImportRowsError([
        {
          row: opened.header.rowNumber,
          column: null,
          key: 'import_columns_missing',
          params: { columns: missing.join(', ') },
        },
      ]);
    }
    ({ lines, errors } = await readImportRows(opened.rows, columns, await opdLookup(db, regionCode)));
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw new AppError(422, 'invalid', 'import_file_unreadable', undefined, { reason: error.message });
    }
    throw error;
  } finally {
    await opened.close();
  }
  if (errors.length === 0 && lines.length === 0) {
    throw new ImportRowsError([{ row: null, column: null, key: 'import_no_lines' }]);
  }

  const existing = await db
    .select()
    .from(subActivities)
    .where(and(eq(subActivities.regionCode, regionCode), eq(subActivities.year, year)));
  const byKey = new Map(existing.map((e) => [`${e.opdId}|${e.code}`, e]));
  const updates: { id: string; line: ImportLine; argAmount: string | null }[] = [];
  const inserts: ImportLine[] = [];
  for (const line of lines) {
    const old = byKey.get(`${line.opdId}|${line.code}`);
    if (!old) {
      inserts.push(line);
      continue;
    }
    const retag = retagForBudget(old.budget, line.budget, old.argCategory, old.argAmount);
    if (!retag.ok) errors.push({ row: line.row, column: 'budget', key: 'budget_below_arg_amount' });
    else updates.push({ id: old.id, line, argAmount: retag.argAmount });
  }
  if (errors.length) throw new ImportRowsError(errors.sort((x, y) => (x.row ?? 0) - (y.row ?? 0)));

  await db.transaction(async (tx) => {
    for (let i = 0; i < inserts.length; i += 500) {
      await tx.insert(subActivities).values(
        inserts.slice(i, i + 500).map((l) => ({
          regionCode,
          year,
          opdId: l.opdId,
          code: l.code,
          name: l.name,
          outputIndicator: l.outputIndicator,
          target: l.target,
          budget: l.budget,
        })),
      );
    }
    for (const u of updates) {
      await tx
        .update(subActivities)
        .set({
          name: u.line.name,
          outputIndicator: u.line.outputIndicator,
          target: u.line.target,
          budget: u.line.budget,
          argAmount: u.argAmount,
          updatedAt: sql`now()`,
        })
        .where(eq(subActivities.id, u.id));
    }
    await recordAudit(tx, subjectOf(a), {
      action: 'update',
      entity: 'sub_activity_import',
      regionCode,
      after: { year, fileName: file.name, created: inserts.length, updated: updates.length },
    });
  });
  return {
    created: inserts.length,
    updated: updates.length,
    total: lines.length,
    totalBudget: lines.reduce((sum, l) => addMoney(sum, l.budget), '0.00'),
  };
}

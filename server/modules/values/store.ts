/**
 * Writing values: upsert by key, keeping the history of every change of an existing value.
 * Used by the entry grid; bulk imports have their own COPY-based path (imports module).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { dataValueHistory, dataValues } from '../../db/schema-data.js';

export interface ValueWrite {
  indicatorCode: string;
  sex: string;
  comboId: number;
  /** null removes the value. */
  value: string | null;
  note?: string | null;
  /** Where the figure comes from (document, register, publication). */
  sourceRef?: string | null;
  status: 'draft' | 'submitted' | 'verified';
}

type ValueRow = typeof dataValues.$inferSelect;

export function keyOf(v: { indicatorCode: string; sex: string; comboId: number }): string {
  return `${v.indicatorCode}|${v.sex}|${v.comboId}`;
}

/** The stored values of a region and period for these indicators, by key. */
export async function existingValues(
  db: Db,
  regionCode: string,
  period: string,
  indicatorCodes: string[],
): Promise<Map<string, ValueRow>> {
  if (indicatorCodes.length === 0) return new Map();
  const rows = await db
    .select()
    .from(dataValues)
    .where(
      and(
        eq(dataValues.regionCode, regionCode),
        eq(dataValues.period, period),
        inArray(dataValues.indicatorCode, indicatorCodes),
      ),
    );
  return new Map(rows.map((r) => [keyOf(r), r]));
}

/** Applies the writes; returns how many values changed. Call inside a transaction. */
export async function writeValues(
  tx: Db,
  regionCode: string,
  period: string,
  writes: ValueWrite[],
  existing: Map<string, ValueRow>,
  userId: string | null,
): Promise<number> {
  let changed = 0;
  for (const w of writes) {
    const old = existing.get(keyOf(w));
    const same =
      old &&
      w.value !== null &&
      Number(old.value) === Number(w.value) &&
      (w.note ?? null) === (old.note ?? null) &&
      (w.sourceRef ?? null) === (old.sourceRef ?? null) &&
      old.status === w.status;
    if (same || (!old && w.value === null)) continue;
    changed++;
    const key = and(
      eq(dataValues.regionCode, regionCode),
      eq(dataValues.indicatorCode, w.indicatorCode),
      eq(dataValues.period, period),
      eq(dataValues.sex, w.sex),
      eq(dataValues.comboId, w.comboId),
    );
    if (old) {
      await tx.insert(dataValueHistory).values({
        regionCode,
        indicatorCode: w.indicatorCode,
        period,
        sex: w.sex,
        comboId: w.comboId,
        oldValue: old.value,
        newValue: w.value,
        oldStatus: old.status,
        newStatus: w.value === null ? null : w.status,
        changedBy: userId,
      });
    }
    if (w.value === null) {
      await tx.delete(dataValues).where(key);
      continue;
    }
    await tx
      .insert(dataValues)
      .values({
        regionCode,
        indicatorCode: w.indicatorCode,
        period,
        sex: w.sex,
        comboId: w.comboId,
        value: w.value,
        note: w.note ?? null,
        sourceRef: w.sourceRef ?? null,
        status: w.status,
        updatedBy: userId,
      })
      .onConflictDoUpdate({
        target: [
          dataValues.regionCode,
          dataValues.indicatorCode,
          dataValues.period,
          dataValues.sex,
          dataValues.comboId,
        ],
        set: {
          value: w.value,
          note: w.note ?? null,
          sourceRef: w.sourceRef ?? null,
          status: w.status,
          updatedBy: userId,
          batchId: null,
          updatedAt: sql`now()`,
        },
      });
  }
  return changed;
}

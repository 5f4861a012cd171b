/**
 * Interning of dimension-member combinations: each distinct combination gets a small integer
 * id once, reused by every value that has it (id 0 = no other dimension).
 */
import { inArray, sql } from 'drizzle-orm';
import { membersOfKey, type Members } from '../../../domain/combo.js';
import type { Db } from '../../db/connection.js';
import { dimensionCombos } from '../../db/schema-data.js';

export async function internCombos(db: Db, keys: Iterable<string>): Promise<Map<string, number>> {
  const wanted = [...new Set(keys)];
  const ids = new Map<string, number>([['', 0]]);
  const missing = wanted.filter((k) => k !== '');
  if (missing.length === 0) return ids;
  await db
    .insert(dimensionCombos)
    .values(missing.map((key) => ({ key, members: membersOfKey(key) })))
    .onConflictDoNothing();
  const rows = await db
    .select({ id: dimensionCombos.id, key: dimensionCombos.key })
    .from(dimensionCombos)
    .where(inArray(dimensionCombos.key, missing));
  for (const r of rows) ids.set(r.key, r.id);
  return ids;
}

export async function combosById(
  db: Db,
  ids: Iterable<number>,
): Promise<Map<number, { key: string; members: Members }>> {
  const list = [...new Set(ids)];
  const out = new Map<number, { key: string; members: Members }>([[0, { key: '', members: {} }]]);
  if (list.length === 0) return out;
  const rows = await db
    .select({ id: dimensionCombos.id, key: dimensionCombos.key })
    .from(dimensionCombos)
    .where(inArray(dimensionCombos.id, list));
  for (const r of rows) out.set(r.id, { key: r.key, members: membersOfKey(r.key) });
  return out;
}

/** For raw SQL: the combination key of a value row. */
export const comboKeySql = sql`(select key from dimension_combos c where c.id = combo_id)`;

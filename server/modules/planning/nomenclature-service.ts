/** The nomenclature endpoints: any signed-in user may read the national reference list. */
import { parseSipdCode } from '../../../domain/planning/sipd-code.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { nomenclaturePath, searchNomenclature, type NomenclatureSearch } from './nomenclature.js';

export async function listNomenclature(db: Db, actor: Actor | null, query: NomenclatureSearch) {
  requireActor(actor);
  return { items: await searchNomenclature(db, query) };
}

export async function getNomenclaturePath(db: Db, actor: Actor | null, code: string) {
  requireActor(actor);
  const parsed = parseSipdCode(code);
  if (!parsed.ok) throw new Invalid({ code: 'sipd_code_invalid' });
  return { code: parsed.value.code, level: parsed.value.level, ...(await nomenclaturePath(db, code)) };
}

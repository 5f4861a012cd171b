/**
 * Editing a GAP document: saving the worksheet, GBS and TOR as the editor goes, and
 * (re)drafting the GBS and TOR from the worksheet and the budget line. Every write names the
 * version it edited; a stale one gets 409 `version_conflict` naming who saved since, so two
 * people editing the same document never silently overwrite each other.
 */
import type { Db } from '../../db/connection.js';
import { draftGbs } from '../../../domain/planning/gbs-draft.js';
import { draftTor } from '../../../domain/planning/tor-draft.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { nomenclaturePath } from '../planning/nomenclature.js';
import {
  assertEditable,
  assertVersion,
  readableGap,
  writeGap,
  type GapRow,
  type LoadedGap,
} from './access.js';
import type { SaveGapInput } from './schemas.js';
import { documentView } from './service.js';
import { resolveFigures } from './values.js';

/** Loads for a write: readable (else 404), editable (else 403/422), at the named version (else 409). */
async function editableGap(tx: Db, actor: Actor | null, id: string, version: number) {
  const loaded = await readableGap(tx, actor, id, true);
  assertEditable(loaded.actor, loaded.doc);
  await assertVersion(tx, loaded.doc, version);
  return loaded;
}

async function finish(db: Db, a: Actor, loaded: LoadedGap, row: GapRow) {
  return documentView(db, a, { ...loaded, doc: row as LoadedGap['doc'] });
}

export async function saveGap(db: Db, actor: Actor | null, id: string, input: SaveGapInput) {
  const { loaded, row } = await db.transaction(async (tx) => {
    const loaded = await editableGap(tx, actor, id, input.version);
    const changes = {
      ...(input.gap !== undefined ? { gap: input.gap } : {}),
      ...(input.gbs !== undefined ? { gbs: input.gbs } : {}),
      ...(input.tor !== undefined ? { tor: input.tor } : {}),
    };
    const row = await writeGap(tx, loaded.actor, loaded.doc, changes);
    await recordAudit(tx, subjectOf(loaded.actor), {
      action: 'update',
      entity: 'gap_document',
      entityId: id,
      regionCode: row.regionCode,
      // The content itself is versioned in the row and frozen on submission; the log says
      // what part was saved at which version, not the whole text again.
      after: { version: row.version, parts: Object.keys(changes) },
    });
    return { loaded, row };
  });
  return finish(db, loaded.actor, loaded, row);
}

/**
 * (Re)drafts the GBS from the worksheet, the live step 2 figures and the sub-kegiatan's
 * budget; component budgets the operator edited are kept for actions that still exist
 * (domain/planning/gbs-draft.ts).
 */
export async function redraftGbs(db: Db, actor: Actor | null, id: string, version: number) {
  const { loaded, row } = await db.transaction(async (tx) => {
    const loaded = await editableGap(tx, actor, id, version);
    const { doc, sub } = loaded;
    const [figures, path] = await Promise.all([
      resolveFigures(tx, doc.regionCode, doc.gap.step2.data),
      nomenclaturePath(tx, sub.code),
    ]);
    const gbs = draftGbs(doc.gap, sub, path, { figures, previous: doc.gbs });
    const row = await writeGap(tx, loaded.actor, doc, { gbs });
    await recordAudit(tx, subjectOf(loaded.actor), {
      action: 'update',
      entity: 'gap_document',
      entityId: id,
      regionCode: row.regionCode,
      after: { version: row.version, drafted: 'gbs', components: gbs.components.length },
    });
    return { loaded, row };
  });
  return finish(db, loaded.actor, loaded, row);
}

/** (Re)drafts the TOR; legal basis, location and implementer the operator wrote are kept. */
export async function redraftTor(db: Db, actor: Actor | null, id: string, version: number) {
  const { loaded, row } = await db.transaction(async (tx) => {
    const loaded = await editableGap(tx, actor, id, version);
    const { doc, sub } = loaded;
    const [figures, path] = await Promise.all([
      resolveFigures(tx, doc.regionCode, doc.gap.step2.data),
      nomenclaturePath(tx, sub.code),
    ]);
    const tor = draftTor(doc.gap, sub, path, doc.gbs, {
      figures,
      previous: doc.tor,
      implementer: loaded.opd.name,
    });
    const row = await writeGap(tx, loaded.actor, doc, { tor });
    await recordAudit(tx, subjectOf(loaded.actor), {
      action: 'update',
      entity: 'gap_document',
      entityId: id,
      regionCode: row.regionCode,
      after: { version: row.version, drafted: 'tor' },
    });
    return { loaded, row };
  });
  return finish(db, loaded.actor, loaded, row);
}

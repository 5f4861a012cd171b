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
import { assertEditable, assertVersion, readableGap, writeGap, type LoadedGap } from './access.js';
import type { SaveGapInput } from '../../../api/gap.js';
import { documentView } from './service.js';
import { resolveFigures } from './values.js';

/** Loads for a write: readable (else 404), editable (else 403/422), at the named version (else 409). */
async function editableGap(tx: Db, actor: Actor | null, id: string, version: number) {
  const loaded = await readableGap(tx, actor, id, true);
  assertEditable(loaded.actor, loaded.doc);
  await assertVersion(tx, loaded.doc, version);
  return loaded;
}

type Editable = Awaited<ReturnType<typeof editableGap>>;

/**
 * One content write: lock and check the document, work out the changes, write them as the
 * next version and audit what was saved; answers the document as the editor shows it.
 */
async function editGap(
  db: Db,
  actor: Actor | null,
  id: string,
  version: number,
  change: (
    tx: Db,
    loaded: Editable,
  ) => Promise<{ changes: Parameters<typeof writeGap>[3]; audit: Record<string, unknown> }>,
) {
  const { loaded, row } = await db.transaction(async (tx) => {
    const loaded = await editableGap(tx, actor, id, version);
    const { changes, audit } = await change(tx, loaded);
    const row = await writeGap(tx, loaded.actor, loaded.doc, changes);
    await recordAudit(tx, subjectOf(loaded.actor), {
      action: 'update',
      entity: 'gap_document',
      entityId: id,
      regionCode: row.regionCode,
      after: { version: row.version, ...audit },
    });
    return { loaded, row };
  });
  return documentView(db, loaded.actor, { ...loaded, doc: row as LoadedGap['doc'] });
}

/** What both drafts read besides the document: the live step 2 figures and the nomenclature. */
function draftInputs(tx: Db, { doc, sub }: Editable) {
  return Promise.all([
    resolveFigures(tx, doc.regionCode, doc.gap.step2.data),
    nomenclaturePath(tx, sub.code),
  ]);
}

export async function saveGap(db: Db, actor: Actor | null, id: string, input: SaveGapInput) {
  return editGap(db, actor, id, input.version, async () => {
    const changes = {
      ...(input.gap !== undefined ? { gap: input.gap } : {}),
      ...(input.gbs !== undefined ? { gbs: input.gbs } : {}),
      ...(input.tor !== undefined ? { tor: input.tor } : {}),
    };
    // The content itself is versioned in the row and frozen on submission; the log says
    // what part was saved at which version, not the whole text again.
    return { changes, audit: { parts: Object.keys(changes) } };
  });
}

/**
 * (Re)drafts the GBS from the worksheet, the live step 2 figures and the sub-kegiatan's
 * budget; component budgets the operator edited are kept for actions that still exist
 * (domain/planning/gbs-draft.ts).
 */
export async function redraftGbs(db: Db, actor: Actor | null, id: string, version: number) {
  return editGap(db, actor, id, version, async (tx, loaded) => {
    const [figures, path] = await draftInputs(tx, loaded);
    const gbs = draftGbs(loaded.doc.gap, loaded.sub, path, { figures, previous: loaded.doc.gbs });
    return { changes: { gbs }, audit: { drafted: 'gbs', components: gbs.components.length } };
  });
}

/** (Re)drafts the TOR; legal basis, location and implementer the operator wrote are kept. */
export async function redraftTor(db: Db, actor: Actor | null, id: string, version: number) {
  return editGap(db, actor, id, version, async (tx, loaded) => {
    const { doc, sub } = loaded;
    const [figures, path] = await draftInputs(tx, loaded);
    const tor = draftTor(doc.gap, sub, path, doc.gbs, {
      figures,
      previous: doc.tor,
      implementer: loaded.opd.name,
    });
    return { changes: { tor }, audit: { drafted: 'tor' } };
  });
}

/** Exports a plan (XLSX in memory, PDF on the worker thread) for whoever may read it. */
import { Readable } from 'node:stream';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { loadLetterheadView } from '../letterhead/service.js';
import { getRegion } from '../regions/service.js';
import { loadPlan, progressOf, readablePlan, regionOpds } from './load.js';
import type { PlanExport } from './export-model.js';
import { planWorkbook } from './xlsx-pokja.js';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const KIND_FILE: Record<PlanExport['kind'], string> = {
  lima_tahunan: 'Rencana-Pokja-PUG-5-Tahunan',
  tahunan: 'Rencana-Pokja-PUG-Tahunan',
  perubahan: 'Rencana-Pokja-PUG-Perubahan',
  rencana_aksi: 'Rencana-Aksi-PUG-Daerah',
};

export async function exportModel(db: Db, actor: Actor | null, id: string): Promise<PlanExport> {
  const { plan } = await readablePlan(db, actor, id);
  let baseKind = plan.kind;
  // A perubahan is titled after what it revises (a revision of a revision: the first's kind).
  for (let at = plan, depth = 0; baseKind === 'perubahan' && at.revisesPlanId && depth < 50; depth++) {
    const up = await loadPlan(db, at.revisesPlanId);
    if (!up) break;
    baseKind = up.kind;
    at = up;
  }
  const [region, letterheadView, progress, opds] = await Promise.all([
    getRegion(db, plan.regionCode),
    loadLetterheadView(db, plan.regionCode),
    progressOf(db, plan),
    regionOpds(db, plan.regionCode),
  ]);
  return {
    kind: plan.kind,
    baseKind,
    status: plan.status,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    version: plan.version,
    isDemo: plan.isDemo,
    adoptionReference: plan.adoptionReference,
    regionName: region.name,
    rows: plan.content.rows,
    items: plan.content.items,
    progress,
    opdNames: Object.fromEntries(opds.map((o) => [o.id, o.name])),
    issue: { letterhead: letterheadView, date: new Date(), paper: 'a4' },
  };
}

export async function exportPlan(db: Db, actor: Actor | null, id: string, format: 'pdf' | 'xlsx') {
  const model = await exportModel(db, actor, id);
  const fileName = `${KIND_FILE[model.kind]}-${model.regionName.replace(/[^0-9A-Za-z]+/g, '-')}-${model.startYear}${model.endYear !== model.startYear ? `-${model.endYear}` : ''}.${format}`;
  if (format === 'pdf') {
    const body = await renderPdfInWorker(new URL('./pdf-pokja.js', import.meta.url).href, 'planPdf', [model]);
    return { fileName, contentType: CONTENT_TYPES.pdf, body };
  }
  return { fileName, contentType: CONTENT_TYPES.xlsx, body: Readable.from([await planWorkbook(model)]) };
}

/**
 * The annual PUG report of a region and year: the sections assembled live by the providers
 * (providers/index.ts) with the latest narrative draft, and its PDF and DOCX, laid out on
 * worker threads so other requests go on meanwhile.
 */
import type { Readable } from 'node:stream';
import { canEditAnnualReport } from '../../../domain/annual-report/access.js';
import type { AnnualReportDto, AnnualReportExportQuery } from '../../../api/annual-report.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { renderDocxInWorker } from '../../lib/docx/render-in-worker.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { fileNamePart } from '../documents/service.js';
import type { Issue } from '../documents/model.js';
import { loadLetterheadView } from '../letterhead/service.js';
import { assertReader } from './access.js';
import { printModelOf } from './print-model.js';
import { SECTION_PROVIDERS } from './providers/index.js';
import { DEFAULT_SIGNATORY, latestVersion } from './versions.js';

export async function getAnnualReport(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  year: number,
): Promise<AnnualReportDto> {
  const { actor: a, region, level } = await assertReader(db, actor, regionCode);
  const ctx = { db, actor: a, regionCode, level, year };
  const [sections, draft] = await Promise.all([
    Promise.all(SECTION_PROVIDERS.map((p) => p.build(ctx))),
    latestVersion(db, regionCode, year),
  ]);
  return {
    regionCode,
    regionName: region.name,
    year,
    sections,
    draft,
    defaultSignatory: DEFAULT_SIGNATORY,
    canEdit: canEditAnnualReport(a, regionCode),
  };
}

export const ANNUAL_REPORT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export interface AnnualReportFile {
  fileName: string;
  contentType: string;
  body: Readable | Buffer;
}

export async function exportAnnualReport(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  format: 'pdf' | 'docx',
  query: AnnualReportExportQuery,
): Promise<AnnualReportFile> {
  const report = await getAnnualReport(db, actor, regionCode, query.year);
  const issue: Issue = {
    letterhead: await loadLetterheadView(db, regionCode),
    date: new Date(),
    paper: query.paper,
  };
  const model = printModelOf(report);
  const fileName = `Laporan-PUG-${fileNamePart(report.regionName)}-${query.year}.${format}`;
  const body =
    format === 'pdf'
      ? await renderPdfInWorker(new URL('./pdf.js', import.meta.url).href, 'annualReportPdf', [model, issue])
      : await renderDocxInWorker(new URL('./docx.js', import.meta.url).href, 'annualReportDocx', [
          model,
          issue,
        ]);
  return { fileName, contentType: ANNUAL_REPORT_TYPES[format], body };
}

/**
 * Reads what the exports print, for one document or a whole set, in a fixed number of
 * queries whatever the set's size: the documents with their sub-kegiatan and OPD, the
 * nomenclature names above them, the signatories, and every step 2 figure resolved live
 * (the same read as the GAP editor, so the paper says what the screen says).
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { GapContent, GbsContent, TorContent } from '../../../domain/planning/gap-content.js';
import { sipdPathCodes } from '../../../domain/planning/sipd-code.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { formatNumber } from '../../lib/pdf/format.js';
import { gapOpdJoin, gapSubActivityJoin, opdSummary } from '../gap/access.js';
import { resolveFigures } from '../gap/values.js';
import { defaultPosition, loadSignatoryViews } from '../letterhead/service.js';
import { nomenclatureNames } from '../planning/nomenclature.js';
import { sourceLabel, unitLabel } from '../profil/format.js';
import type { ExportDocument, ResolvedData } from './model.js';

export interface DocumentFilter {
  regionCode: string;
  id?: string;
  year?: number;
  opdId?: string;
  statuses?: ExportDocument['status'][];
}

/** Figures carry the catalog's precision at most; whole numbers print without decimals. */
function figure(v: number | null): string {
  if (v === null) return formatNumber(null, 0);
  return formatNumber(v, Number.isInteger(v) ? 0 : Math.min(2, String(v).split('.')[1]?.length ?? 0));
}

function conditionsOf(filter: DocumentFilter): SQL[] {
  const where: SQL[] = [eq(gapDocuments.regionCode, filter.regionCode)];
  if (filter.id) where.push(eq(gapDocuments.id, filter.id));
  if (filter.year !== undefined) where.push(eq(gapDocuments.year, filter.year));
  if (filter.opdId) where.push(eq(gapDocuments.opdId, filter.opdId));
  if (filter.statuses) where.push(inArray(gapDocuments.status, filter.statuses));
  return where;
}

/** Only the GBS and TOR of the documents a set would print: enough to tell what it holds. */
export function loadSetParts(
  db: Db,
  filter: DocumentFilter,
): Promise<{ gbs: GbsContent | null; tor: TorContent | null }[]> {
  return db
    .select({ gbs: gapDocuments.gbs, tor: gapDocuments.tor })
    .from(gapDocuments)
    .where(and(...conditionsOf(filter))) as Promise<{ gbs: GbsContent | null; tor: TorContent | null }[]>;
}

export async function loadExportDocuments(db: Db, filter: DocumentFilter): Promise<ExportDocument[]> {
  const where = conditionsOf(filter);
  const rows = await db
    .select({
      doc: {
        id: gapDocuments.id,
        year: gapDocuments.year,
        status: gapDocuments.status,
        isDemo: gapDocuments.isDemo,
        gap: gapDocuments.gap,
        gbs: gapDocuments.gbs,
        tor: gapDocuments.tor,
      },
      sub: {
        code: subActivities.code,
        name: subActivities.name,
        outputIndicator: subActivities.outputIndicator,
        target: subActivities.target,
        budget: subActivities.budget,
      },
      opd: opdSummary,
    })
    .from(gapDocuments)
    .innerJoin(subActivities, gapSubActivityJoin)
    .innerJoin(opd, gapOpdJoin)
    .where(and(...where))
    .orderBy(asc(opd.name), asc(subActivities.code), asc(gapDocuments.id));
  if (rows.length === 0) return [];

  const paths = rows.map((r) => sipdPathCodes(r.sub.code));
  const refs = rows.flatMap((r) => (r.doc.gap as GapContent).step2.data);
  const [names, signatories, figures] = await Promise.all([
    nomenclatureNames(
      db,
      paths.flatMap((p) => [p?.program, p?.kegiatan].filter((c): c is string => Boolean(c))),
    ),
    loadSignatoryViews(db, filter.regionCode),
    // One read for the whole set; answers come back in the order of the references.
    resolveFigures(db, filter.regionCode, refs),
  ]);

  let at = 0;
  return rows.map((r, i) => {
    const gap = r.doc.gap as GapContent;
    const data = new Map<string, ResolvedData>();
    for (const ref of gap.step2.data) {
      const f = figures[at++];
      data.set(ref.id, {
        indicatorName: f.indicatorName,
        year: f.year,
        p: figure(f.female),
        l: figure(f.male),
        unit: f.unit ? unitLabel(f.unit) : '',
        source: f.source ? sourceLabel(f.source) : '',
      });
    }
    const named = (code: string | null | undefined) => ({
      code: code ?? '',
      name: code ? (names.get(code) ?? '') : '',
    });
    const sig = signatories.get(r.opd.id);
    return {
      ...r.doc,
      gap,
      gbs: r.doc.gbs as GbsContent | null,
      tor: r.doc.tor as TorContent | null,
      opd: r.opd,
      subActivity: r.sub,
      program: named(paths[i]?.program),
      kegiatan: named(paths[i]?.kegiatan),
      data,
      signatory: {
        name: sig?.name ?? '',
        nip: sig?.nip ?? '',
        position: sig?.position || defaultPosition(r.opd.name),
        rank: sig?.rank ?? '',
      },
    };
  });
}

/**
 * The year's reports as evidence: the monev PPRG results (the reports OPDs submitted for the
 * year's gender-responsive sub-kegiatan, scored on the "Hasil monev" page) and the Laporan
 * Pelaksanaan PUG (annual-report), its latest saved version.
 */
import { and, count, countDistinct, desc, eq, inArray, max } from 'drizzle-orm';
import { REPORTED_STATUSES } from '../../../../domain/monev/result-facts.js';
import { annualReportVersions } from '../../../db/schema-annual-report.js';
import { monevReports } from '../../../db/schema-monev.js';
import { count as countText } from '../../annual-report/format.js';
import { isoDay, liveCandidate, providerOf, webPath, type EvidenceContext } from './provider.js';

async function monevResults({ db, regionCode, year }: EvidenceContext) {
  const [r] = await db
    .select({ reports: count(), opds: countDistinct(monevReports.opdId), last: max(monevReports.updatedAt) })
    .from(monevReports)
    .where(
      and(
        eq(monevReports.regionCode, regionCode),
        eq(monevReports.year, year),
        inArray(monevReports.status, [...REPORTED_STATUSES]),
      ),
    );
  if (!r || r.reports === 0) return [];
  return [
    liveCandidate({
      kind: 'monev_results',
      module: 'monev-results',
      id: `monev_results:${year}`,
      title: `Hasil monev PPRG ${year}: ${countText(r.reports)} laporan dari ${countText(r.opds)} OPD`,
      year,
      href: webPath('/monev/hasil', regionCode, { year }),
      date: isoDay(r.last),
      status: 'reported',
    }),
  ];
}

async function annualReport({ db, regionCode, year }: EvidenceContext) {
  const [v] = await db
    .select({ version: annualReportVersions.version, createdAt: annualReportVersions.createdAt })
    .from(annualReportVersions)
    .where(and(eq(annualReportVersions.regionCode, regionCode), eq(annualReportVersions.year, year)))
    .orderBy(desc(annualReportVersions.version))
    .limit(1);
  if (!v) return [];
  return [
    liveCandidate({
      kind: 'annual_pug_report',
      module: 'annual-report',
      id: `annual_pug_report:${year}`,
      title: `Laporan Pelaksanaan PUG ${year} (versi ${v.version})`,
      year,
      href: webPath('/monev/laporan-pug', regionCode, { year }),
      date: isoDay(v.createdAt),
      status: 'saved',
    }),
  ];
}

export const monevResultsEvidence = providerOf('monev-results', { monev_results: monevResults });
export const annualReportEvidence = providerOf('annual-report', { annual_pug_report: annualReport });

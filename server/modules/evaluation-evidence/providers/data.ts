/**
 * Data terpilah evidence: the completeness of the year's sex-disaggregated data (assigned
 * indicators with a verified value, as the annual report counts them) and the Profil Gender
 * Setara generates from those values. Setara prints the Profil Gender on request and keeps no
 * "published" record, so it is proposed once the year holds a verified value; a region that
 * printed and published it uploads the publication as well (kind 'both').
 */
import { count, percentOf } from '../../annual-report/format.js';
import { indicatorCoverage } from '../../annual-report/queries.js';
import { figureCandidate, liveCandidate, providerOf, webPath, type EvidenceContext } from './provider.js';

async function totals({ db, regionCode, year }: EvidenceContext) {
  const rows = await indicatorCoverage(db, regionCode, year);
  return rows.reduce(
    (t, r) => ({
      assigned: t.assigned + r.assigned,
      entered: t.entered + r.entered,
      verified: t.verified + r.verified,
    }),
    { assigned: 0, entered: 0, verified: 0 },
  );
}

async function completeness(ctx: EvidenceContext) {
  const t = await totals(ctx);
  return [
    figureCandidate({
      kind: 'data_terpilah',
      module: 'indicators',
      title: `Kelengkapan data terpilah ${ctx.year}`,
      year: ctx.year,
      href: webPath('/data/verifikasi', ctx.regionCode),
      value: t.assigned > 0 ? Math.round((t.verified / t.assigned) * 10_000) / 100 : null,
      display: `${count(t.verified)} dari ${count(t.assigned)} indikator terverifikasi (${percentOf(t.verified, t.assigned)}); ${count(t.entered)} terisi`,
      source: `Data terpilah Setara: indikator yang ditugaskan ke OPD dan memiliki nilai terverifikasi untuk periode tahun ${ctx.year} (tahunan, semester, triwulan).`,
    }),
  ];
}

async function profil(ctx: EvidenceContext) {
  const t = await totals(ctx);
  if (t.verified === 0) return [];
  return [
    liveCandidate({
      kind: 'profil_gender',
      module: 'profil',
      id: `profil_gender:${ctx.year}`,
      title: `Profil Gender ${ctx.year} (${count(t.verified)} indikator terverifikasi)`,
      year: ctx.year,
      href: webPath('/data/profil', ctx.regionCode, { year: ctx.year }),
      date: null,
      status: 'generated',
    }),
  ];
}

export const indicatorEvidence = providerOf('indicators', { data_terpilah: completeness });
export const profilEvidence = providerOf('profil', { profil_gender: profil });

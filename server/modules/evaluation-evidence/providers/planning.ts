/**
 * The ARG share of the year's APBD sub-kegiatan, and the share of OPDs with an approved GAP:
 * both from the planning module's ARG recap (the "Rekap ARG" page and the annual report read
 * the same, cached by the region's planning revision).
 */
import { cachedByRevision } from '../../planning/recap-cache.js';
import { computeArgRecap } from '../../planning/recap.js';
import { count, percent, percentOf, rupiah } from '../../annual-report/format.js';
import { figureCandidate, providerOf, webPath, type EvidenceContext } from './provider.js';

/** The recap as the planning routes cache it (same key), without their permission check. */
export function argRecapOf({ db, regionCode, year }: EvidenceContext) {
  return cachedByRevision(db, regionCode, String(year), () => computeArgRecap(db, regionCode, year));
}

async function argShare(ctx: EvidenceContext) {
  const recap = await argRecapOf(ctx);
  const hasBudget = Number(recap.totalBudget) > 0;
  return [
    figureCandidate({
      kind: 'arg_share',
      module: 'planning',
      title: `Porsi ARG dalam APBD ${ctx.year}`,
      year: ctx.year,
      href: webPath('/perencanaan/rekap-arg', ctx.regionCode, { year: ctx.year }),
      value: hasBudget ? Number(recap.responsiveShare) : null,
      display: hasBudget
        ? `${percent(recap.responsiveShare)} (${rupiah(recap.responsiveAmount)} dari pagu ${rupiah(recap.totalBudget)})`
        : 'Belum ada sub kegiatan APBD tahun ini',
      source: `Rekap ARG Setara: anggaran sub kegiatan APBD ${ctx.year} berkategori ARG khusus, kesetaraan dan kelembagaan terhadap seluruh pagu sub kegiatan.`,
    }),
  ];
}

/** OPDs with at least one approved GAP among the OPDs with sub-kegiatan in the year's APBD. */
async function gapOpdShare(ctx: EvidenceContext) {
  const recap = await argRecapOf(ctx);
  const withLines = recap.byOpd.length;
  const approved = recap.byOpd.filter((o) => o.gaps.approved > 0).length;
  return [
    figureCandidate({
      kind: 'gap_opd_share',
      module: 'gap',
      title: `OPD dengan GAP disetujui ${ctx.year}`,
      year: ctx.year,
      href: webPath('/perencanaan/rekap-arg', ctx.regionCode, { year: ctx.year }),
      value: withLines > 0 ? Math.round((approved / withLines) * 10_000) / 100 : null,
      display: `${count(approved)} dari ${count(withLines)} OPD (${percentOf(approved, withLines)})`,
      source: `Rekap ARG Setara: OPD yang memiliki sub kegiatan APBD ${ctx.year} dan sedikitnya satu GAP berstatus disetujui.`,
    }),
  ];
}

export const planningEvidence = providerOf('planning', { arg_share: argShare });
export { gapOpdShare };

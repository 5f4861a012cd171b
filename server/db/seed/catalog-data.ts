/**
 * The starter catalog: about sixty sex-disaggregated indicators that Indonesian Profil Gender
 * publications commonly present, one file per domain group (chapter) under `catalog/`.
 * Loaded as national reference entries by `catalog.ts`; regions add their own on top.
 * The indicator list and its sources are documented in docs/indicators.md.
 */
import type {
  Aggregation,
  DomainGroup,
  Periodicity,
  Sex,
  SourceKind,
  Unit,
} from '../../../domain/indicators.js';
import { EKONOMI_KETENAGAKERJAAN } from './catalog/ekonomi-ketenagakerjaan.js';
import { HUKUM_SOSIAL_BUDAYA } from './catalog/hukum-sosial-budaya.js';
import { KEBENCANAAN } from './catalog/kebencanaan.js';
import { KEKERASAN_PEREMPUAN_ANAK } from './catalog/kekerasan-perempuan-anak.js';
import { KEPENDUDUKAN } from './catalog/kependudukan.js';
import { KESEHATAN } from './catalog/kesehatan.js';
import { PENDIDIKAN } from './catalog/pendidikan.js';
import { POLITIK_PENGAMBILAN_KEPUTUSAN } from './catalog/politik-pengambilan-keputusan.js';

/** Short names of the demo OPD (demo-data.ts) that may answer for a starter indicator. */
export type ResponsibleOpd =
  | 'Setda'
  | 'Setwan'
  | 'Bapperida'
  | 'BKPSDM'
  | 'BPBD'
  | 'DP3A'
  | 'Dinkes'
  | 'Disdikbud'
  | 'Dinsos'
  | 'Disnakerin'
  | 'DPPKB'
  | 'Disdukcapil'
  | 'Diskop UKM'
  | 'Diskominfo'
  | 'Kesbangpol';

export interface IndicatorDef {
  /** Stable code, uppercase ASCII: a group prefix and words joined by `_` (e.g. `PDD_APS_SMA`). */
  code: string;
  nameId: string;
  nameEn: string;
  /** What is counted, for which population, and the formula of a rate (BPS metadata style). */
  definitionId: string;
  definitionEn: string;
  unit: Unit;
  group: DomainGroup;
  periodicity: Periodicity;
  /** `bps`: a BPS-computed statistic (projection, IPM/IPG/IDG component); `survey`: a BPS
   * survey estimate (Susenas, Sakernas); `administrative`: an agency's register. */
  source: SourceKind;
  /** The publication or register the figure comes from, e.g. "BPS, Susenas Maret". */
  sourceNote: string;
  aggregation: Aggregation;
  /**
   * For `ratio` only: value = multiplier × numerator / denominator, computed for the same sex
   * and the same members of the ratio's own dimensions; a numerator or denominator with more
   * dimensions than the ratio is first summed over the extra ones (totals are derived).
   */
  numeratorCode?: string;
  denominatorCode?: string;
  multiplier?: number;
  /** Codes of dimension sets beyond sex, in display order. */
  dimensions: string[];
  /** The sexes the indicator applies to: both, or only P (e.g. maternal deaths). */
  sexes: Sex[];
  /** Decimal places shown and stored: 0 for counts, 1–2 for rates. */
  decimals: number;
  responsibleOpd: ResponsibleOpd;
  /** Cross-references; an SDG indicator number only where the indicator truly corresponds. */
  refs?: { sdg?: string; siga?: string };
  /** A percentage that must lie within 0–100. */
  percentBounded?: boolean;
}

export const STARTER_INDICATORS: IndicatorDef[] = [
  ...KEPENDUDUKAN,
  ...PENDIDIKAN,
  ...KESEHATAN,
  ...EKONOMI_KETENAGAKERJAAN,
  ...POLITIK_PENGAMBILAN_KEPUTUSAN,
  ...HUKUM_SOSIAL_BUDAYA,
  ...KEKERASAN_PEREMPUAN_ANAK,
  ...KEBENCANAAN,
];

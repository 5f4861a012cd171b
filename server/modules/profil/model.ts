/**
 * What a Profil Gender publication holds once its data is loaded: the PDF and the XLSX are
 * two renderings of this one structure, so they cannot disagree.
 */
import type { DomainGroup } from '../../../domain/indicators.js';
import type { RateSetAside } from '../explore/combine.js';

/** One year of an indicator: P, L, their total (when the aggregation rule gives one) and the gap. */
export interface ProfilRow {
  year: number;
  p: number | null;
  l: number | null;
  t: number | null;
  /** P − L. */
  diff: number | null;
  /** P / L (parity index). */
  ratio: number | null;
  /** Typed rates not shown because their counts give another figure (rate-notes.ts). */
  setAside?: RateSetAside[];
}

/** The asked year broken down by one more dimension (age group, type of violence, …). */
export interface ProfilBreakdown {
  dimensionName: string;
  rows: { label: string; p: number | null; l: number | null; t: number | null }[];
}

export interface ProfilIndicator {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  sexes: string[];
  definition: string;
  source: string;
  sourceNote: string;
  /** Years that have a value, oldest first. */
  rows: ProfilRow[];
  breakdowns: ProfilBreakdown[];
}

export interface ProfilChapter {
  group: DomainGroup;
  number: number;
  title: string;
  /** Only indicators with at least one value in the years shown. */
  indicators: ProfilIndicator[];
}

export interface Profil {
  region: { code: string; name: string };
  year: number;
  /** The years the tables cover: the asked year and up to five before it. */
  fromYear: number;
  generatedAt: Date;
  /** Some value shown is invented demo data (data_values.is_demo). */
  hasDemo: boolean;
  /** Some value shown is not verified yet (only when drafts and submitted values are included). */
  hasUnverified: boolean;
  verifiedOnly: boolean;
  chapters: ProfilChapter[];
  /** The kab/kota maps (map-data.ts); null for the nation's profil, which has none. */
  maps: ProfilMaps | null;
}

/** What a map colours a region by: P − L, or the female value of a women-only indicator. */
export type ProfilMapMeasure = 'gap' | 'female';

/** One short-list indicator mapped over the kab/kota of a province in one year. */
export interface ProfilMap {
  indicatorCode: string;
  name: string;
  unit: string;
  decimals: number;
  measure: ProfilMapMeasure;
  year: number;
  /** One row per kab/kota of the province (code order); `value` is what the colour shows. */
  values: { code: string; p: number | null; l: number | null; value: number | null }[];
}

/** Why a short-list indicator has no map. */
export type ProfilMapOmission = 'no_values' | 'too_few' | 'own_missing' | 'no_neighbours';

export interface ProfilMaps {
  /** The map layer (server/modules/maps): `kabkota-<province code>`. */
  layer: string;
  provinceName: string;
  /** The profil's own kab/kota, outlined on each map; null for a province's profil. */
  highlight: string | null;
  /** Every kab/kota of the province, official names, code order. */
  regions: { code: string; name: string }[];
  maps: ProfilMap[];
  /** Short-list indicators the region sees that have no map, with why. */
  omitted: { name: string; reason: ProfilMapOmission }[];
}

export const TREND_YEARS = 5;

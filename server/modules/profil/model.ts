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
}

export const TREND_YEARS = 5;

/**
 * The indices of the "Indeks & Peta" module. `ikk` is KemenPPPA's family-resilience index
 * (Permen PPPA 6/2013, research.md §5): a weighted composite whose structure, weights and
 * cut-points are a method version, not a formula of its own.
 */
import { COMPUTED_INDEX_CODES } from './inputs.js';

export const INDEX_CODES = [...COMPUTED_INDEX_CODES, 'ikk'] as const;
export type IndexCode = (typeof INDEX_CODES)[number];

/** Where a stored component came from. */
export const COMPONENT_ORIGINS = ['typed', 'imported', 'data'] as const;
export type ComponentOrigin = (typeof COMPONENT_ORIGINS)[number];

/** The scale a published value is on: IPM/IPG/IDG 0–100, IKG 0–1, IKK 0–100. */
export const INDEX_SCALE: Record<IndexCode, { min: number; max: number; decimals: number }> = {
  ipm: { min: 0, max: 100, decimals: 2 },
  ipg: { min: 0, max: 200, decimals: 2 },
  idg: { min: 0, max: 100, decimals: 2 },
  ikg: { min: 0, max: 1, decimals: 3 },
  ikk: { min: 0, max: 100, decimals: 2 },
};

/** Full names, for the API's figures and exports (the screens' short labels are in the locales). */
export const INDEX_NAMES: Record<IndexCode, { id: string; en: string }> = {
  ipm: { id: 'Indeks Pembangunan Manusia', en: 'Human Development Index' },
  ipg: { id: 'Indeks Pembangunan Gender', en: 'Gender Development Index' },
  idg: { id: 'Indeks Pemberdayaan Gender', en: 'Gender Empowerment Measure' },
  ikg: { id: 'Indeks Ketimpangan Gender', en: 'Gender Inequality Index' },
  ikk: { id: 'Indeks Ketahanan Keluarga', en: 'Family Resilience Index' },
};

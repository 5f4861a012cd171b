/**
 * Kemendagri region codes: `72` is a province (Sulawesi Tengah), `72.71` a kabupaten/kota
 * (Kota Palu). Setara adds one root, `ID`, for the national level, so every user and every
 * region has a parent chain that ends at one place.
 */
export const NATIONAL_CODE = 'ID';

export const REGION_LEVELS = ['nasional', 'provinsi', 'kabkota'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const PROVINCE = /^\d{2}$/;
const KABKOTA = /^\d{2}\.\d{2}$/;

export function regionLevelOf(code: string): RegionLevel | null {
  if (code === NATIONAL_CODE) return 'nasional';
  if (PROVINCE.test(code)) return 'provinsi';
  if (KABKOTA.test(code)) return 'kabkota';
  return null;
}

export function isValidRegionCode(code: string): boolean {
  return regionLevelOf(code) !== null;
}

/** The parent code of a region: `72.71` -> `72`, `72` -> `ID`, `ID` -> null. */
export function parentRegionCode(code: string): string | null {
  const level = regionLevelOf(code);
  if (level === 'kabkota') return code.slice(0, 2);
  if (level === 'provinsi') return NATIONAL_CODE;
  return null;
}

/** True when `code` is `ancestor` itself or lies below it. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  if (ancestor === NATIONAL_CODE) return isValidRegionCode(code);
  return code === ancestor || code.startsWith(ancestor + '.');
}

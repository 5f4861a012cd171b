/**
 * Matching the boundary files' kab/kota names (BIG geometry via ../shared/geo: a province
 * name and a kab/kota name, no code) to the official Kemendagri list (code, province code,
 * name). The build of the shipped geometry (scripts/build-geo.ts) uses it; the test of the
 * shipped files (server/modules/maps/geometry.test.ts) lists what it leaves unmatched.
 *
 * The boundary files write "Bogor" for the kabupaten and "Kota Bogor" for the city; the
 * official list writes "Kabupaten Bogor" and "Kota Bogor". Names are compared without the
 * "Kabupaten"/"Administrasi" words, case, punctuation and spaces ("Muko Muko" = "Mukomuko",
 * "Pare Pare" = "Parepare"); the few spellings that still differ are in the alias table.
 */

/** Province names of the boundary files that the official list writes otherwise. */
export const PROVINCE_ALIASES: Record<string, string> = {
  // The official list spells the capital region out: "Daerah Khusus Ibukota Jakarta".
  'DKI Jakarta': '31',
};

/**
 * Kab/kota names of the boundary files (by province code) that differ from the official
 * spelling beyond case, spaces and the Kabupaten prefix. Key: `<province code>|<shape name>`.
 */
export const KABKOTA_ALIASES: Record<string, string> = {
  // BIG writes the older "Sidempuan"; Kemendagri's name is "Padangsidimpuan" (12.77).
  '12|Kota Padang Sidempuan': 'Kota Padangsidimpuan',
  // BIG drops the "dan" of "Pangkajene dan Kepulauan" (73.10).
  '73|Pangkajene Kepulauan': 'Kabupaten Pangkajene dan Kepulauan',
};

/** A name reduced to what distinguishes it: "Kabupaten Administrasi Kepulauan Seribu" → "kepulauanseribu". */
export function normaliseRegionName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\b(kabupaten|kab|administrasi|adm)\b/g, ' ')
    .replace(/\s+/g, '');
}

export interface OfficialRegion {
  code: string;
  name: string;
  /** The province's code for a kab/kota; null for a province. */
  parentCode: string | null;
}

export interface ShapeName {
  province: string;
  name: string;
}

export interface ShapeMatch<S extends ShapeName> {
  /** Each shape with the official code it matched, or null. */
  matched: { shape: S; code: string | null }[];
  /** Official kab/kota that no shape matched. */
  withoutShape: OfficialRegion[];
  /** Shapes that matched no official kab/kota (or one already taken by another shape). */
  withoutCode: S[];
}

/** The official code of a province named as the boundary files name it, or null. */
export function provinceCodeOf(name: string, provinces: OfficialRegion[]): string | null {
  if (PROVINCE_ALIASES[name]) return PROVINCE_ALIASES[name];
  const key = normaliseRegionName(name);
  return provinces.find((p) => normaliseRegionName(p.name) === key)?.code ?? null;
}

/**
 * Matches kab/kota shapes to official kab/kota within their province. "Kota X" matches only
 * "Kota X" and "X" only "Kabupaten X", so a kabupaten and the city of the same name stay apart.
 */
export function matchKabKotaShapes<S extends ShapeName>(
  shapes: S[],
  provinces: OfficialRegion[],
  kabKota: OfficialRegion[],
): ShapeMatch<S> {
  const byKey = new Map<string, OfficialRegion>();
  for (const region of kabKota) byKey.set(`${region.parentCode}|${normaliseRegionName(region.name)}`, region);
  const taken = new Set<string>();
  const matched: ShapeMatch<S>['matched'] = [];
  const withoutCode: S[] = [];
  for (const shape of shapes) {
    const provinceCode = provinceCodeOf(shape.province, provinces);
    const name = (provinceCode && KABKOTA_ALIASES[`${provinceCode}|${shape.name}`]) ?? shape.name;
    const region = provinceCode ? byKey.get(`${provinceCode}|${normaliseRegionName(name)}`) : undefined;
    if (!region || taken.has(region.code)) {
      matched.push({ shape, code: null });
      withoutCode.push(shape);
      continue;
    }
    taken.add(region.code);
    matched.push({ shape, code: region.code });
  }
  return { matched, withoutShape: kabKota.filter((r) => !taken.has(r.code)), withoutCode };
}

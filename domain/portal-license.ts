/**
 * The licences a region may publish its open data under (region setting `portal_license`):
 * the catalogue (DCAT-AP `dct:license`, Project Open Data `license`) and the portal's pages name
 * it on every dataset. Open licences only — a region that publishes data terpilah lets anyone
 * reuse it (Satu Data Indonesia, Perpres 39/2019: data shared for reuse); the choice is which
 * conditions travel with a copy (attribution, share-alike, none).
 *
 * CC BY 4.0 is the default: it asks only that the region be credited, which the portal's
 * citation line already does, and it is the licence most open-data portals default to.
 */
export const PORTAL_LICENSES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0'] as const;
export type PortalLicense = (typeof PORTAL_LICENSES)[number];

export const DEFAULT_PORTAL_LICENSE: PortalLicense = 'CC-BY-4.0';

export interface PortalLicenseInfo {
  /** The name people read. */
  title: string;
  /** The licence's canonical URI (what DCAT's dct:license and POD's `license` point to). */
  uri: string;
}

/** Identifiers are SPDX's (https://spdx.org/licenses/), URIs the licensors' own. */
export const PORTAL_LICENSE_INFO: Record<PortalLicense, PortalLicenseInfo> = {
  'CC-BY-4.0': { title: 'CC BY 4.0', uri: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { title: 'CC BY-SA 4.0', uri: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { title: 'CC0 1.0', uri: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': { title: 'ODbL 1.0', uri: 'https://opendatacommons.org/licenses/odbl/1-0/' },
};

export function isPortalLicense(value: unknown): value is PortalLicense {
  return typeof value === 'string' && (PORTAL_LICENSES as readonly string[]).includes(value);
}

/** The licence of a region's data: its setting, or the default when it never chose. */
export function portalLicenseOf(setting: string | null | undefined): PortalLicense {
  return isPortalLicense(setting) ? setting : DEFAULT_PORTAL_LICENSE;
}

import {
  ARG_CATEGORIES,
  GAP_STATUSES,
  type ArgCategoryValue,
  type GapStatusValue,
} from '../../../../domain/planning/arg-recap.ts';

/** The ARG categories and GAP statuses are domain/planning's, shared with the server. */
export { ARG_CATEGORIES, GAP_STATUSES };
export type ArgCategory = ArgCategoryValue;
export type GapStatus = GapStatusValue;

/** The same colours in tags, charts and legends. */
export const ARG_COLORS: Record<ArgCategory | 'untagged', string> = {
  khusus: '#b5367d',
  kesetaraan: '#6b4fa3',
  kelembagaan: '#2f6fb3',
  netral: '#8c8c8c',
  untagged: '#d9d9d9',
};

/** Tag colours (Ant Design presets) for the same categories. */
export const ARG_TAG_COLORS: Record<ArgCategory, string> = {
  khusus: 'magenta',
  kesetaraan: 'purple',
  kelembagaan: 'blue',
  netral: 'default',
};

export const GAP_STATUS_COLORS: Record<GapStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  revision: 'warning',
  approved: 'success',
};

/** The ARG (gender-responsive budget) categories of regional guidance, in the order they are explained. */
export const ARG_CATEGORIES = ['khusus', 'kesetaraan', 'kelembagaan', 'netral'] as const;
export type ArgCategory = (typeof ARG_CATEGORIES)[number];

/** The three that count as gender-responsive. */
export const RESPONSIVE_CATEGORIES = ['khusus', 'kesetaraan', 'kelembagaan'] as const;

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

export const GAP_STATUSES = ['draft', 'submitted', 'revision', 'approved'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export const GAP_STATUS_COLORS: Record<GapStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  revision: 'warning',
  approved: 'success',
};

import type { idMaps } from './id-maps.ts';

/** English messages of the choropleth maps (features/maps). */
export const enMaps: typeof idMaps = {
  maps: {
    nav: 'Map',
    navGroup: 'Indices & Maps',
    title: 'Map',
    subtitle:
      'One indicator across provinces or kabupaten/kota: total, by sex, the gap F − M or the ratio F/M. Click a region to open its data.',
    kind: 'Kind',
    kinds: { indicator: 'Indicator', index: 'Gender index' },
    index: 'Index',
    year: 'Year',
    measure: 'Measure',
    measures: {
      total: 'Total',
      female: 'Female',
      male: 'Male',
      gap: 'Gap F − M',
      ratio: 'Ratio F/M',
    },
    scope: 'Scope',
    national: 'National',
    level: 'Level',
    levels: { provinsi: 'Provinces', kabkota: 'Kabupaten/kota' },
    legend: 'Classes',
    method: 'How classes are cut',
    methods: { quantile: 'Quantile', 'equal-interval': 'Equal interval' },
    methodHelp: {
      quantile: 'Quantile: about the same number of regions in each class.',
      'equal-interval': 'Equal interval: the range from lowest to highest cut into equal widths.',
    },
    regionCount: '{{count}} regions',
    noData: 'No value',
    pickIndicator: 'Choose an indicator to show its map.',
    emptyYear: 'No values of {{indicator}} for {{year}} in {{scope}} yet.',
    emptyYearHint:
      'No region entered or imported a value of this indicator for that year. Choose another year, or look at the regions’ data entry.',
    emptyMeasureHint:
      'This measure needs both the female and the male value; no region has both for this year. Choose Total or another year.',
    aria: 'Map of {{indicator}}, {{measure}} {{year}}, {{scope}}. The figures are in the data table below the map.',
    withoutShape: 'Regions without a boundary',
    withoutShapeHint:
      'The boundary files (BIG) hold no polygon for these regions, so their values are listed here.',
    region: 'Region',
    rank: 'Rank',
    source: 'Source of the figure',
    sources: {
      stored: 'Entered by the region',
      rolled_up: 'Computed from its kab/kota',
      published: 'Released by BPS',
      computed: 'Computed by Setara from the components',
    },
    dataTable: 'Data table ({{count}} regions)',
    notAllowed:
      'Maps compare regions: they are open to province accounts (the kab/kota of their province) and superadmin.',
  },
};

import type { ExploreMessages } from './id.ts';

/** English messages of exploring data; merged into `en` in en.ts. */
export const enExplore: ExploreMessages = {
  explore: {
    nav: 'Explore data',
    title: 'Explore data',
    subtitle: 'Trend, breakdown and comparison of one sex-disaggregated indicator in {{region}}.',
    nationalHint:
      'The national level has no sex-disaggregated data of its own yet. Choose a province or kab/kota in the region picker above.',
    indicator: 'Indicator',
    indicatorPlaceholder: 'Choose or search an indicator (name or code)',
    pickIndicator:
      'Choose an indicator above to see its trend by sex, the P−L gap and the P/L ratio. Not sure where to start? See the indicators with the widest gaps.',
    toGaps: 'See the gap ranking',
    unknownIndicator: "Indicator {{code}} is not in this region's catalog. Choose another indicator.",
    tabTrend: 'Trend',
    tabBreakdown: 'Breakdown',
    tabCompare: 'Kab/kota comparison',
    range: 'Period range',
    rangeFrom: 'From year',
    rangeTo: 'To year',
    diff: 'Gap P−L',
    ratio: 'Ratio P/L',
    relative: 'Relative gap',
    trendChart: 'Trend chart of {{indicator}} by sex, with the gap and the P/L ratio',
    breakdownChart: 'Breakdown chart of {{indicator}} in {{period}} by sex',
    compareChart: 'Comparison chart of the kab/kota for {{indicator}} in {{period}}',
    noValues:
      'No values of {{indicator}} for {{region}} yet. Values appear here once entered in Data entry or imported.',
    noValuesInRange:
      'No values of {{indicator}} for {{region}} in this period range. Widen the range or clear it to see every period.',
    womenOnly: 'This indicator applies to women only, so there is no P−L gap or P/L ratio.',
    noDimensions:
      'This indicator is disaggregated by sex only; it has no other breakdown (age, disability, target group, district).',
    dimension: 'Broken down by',
    kabkota: 'Kab/kota',
    provinceRow: '{{name}} (province)',
    provinceRowPartial:
      '{{name}}: sum of the {{n}} of {{of}} kab/kota that reported, not the complete provincial figure',
    reporting: '{{n}} of {{of}} kab/kota have a value for {{period}}.',
    compareNoValues: 'No kab/kota has values of {{indicator}} in {{from}}–{{to}} yet.',
    export: 'Download data',
    exportFormats: {
      csv: 'CSV in the long import format (re-importable)',
      xlsx: 'Excel (XLSX) with the same columns',
      json: 'JSON with indicator metadata',
      'sdmx-csv': 'SDMX-CSV (SDMX 2.1)',
      dhis2: 'DHIS2 dataValueSets (JSON)',
    },
  },
  gaps: {
    nav: 'Gender gaps',
    title: 'Gender gaps',
    subtitle: 'Indicators of {{region}} ranked by the gap between women and men.',
    why: 'This ranking is the evidence for step 2 of the Gender Analysis Pathway (GAP), the data that opens insight: indicators with the widest or fastest-widening gaps show where programmes need to be gender-responsive.',
    sortLabel: 'Order',
    sortWidest: 'Widest gap',
    sortWidening: 'Fastest widening',
    indicator: 'Indicator',
    p: 'Women',
    l: 'Men',
    diff: 'Gap P−L',
    relativeHint: '|P − L| divided by the mean of P and L in the latest period: 0% means parity.',
    trend: 'Gap trend',
    trendHint: 'Change of the relative gap per period (least-squares trend over all periods).',
    widening: 'widening {{points}} pts/period',
    narrowing: 'narrowing {{points}} pts/period',
    perPeriod: '{{points}} pts/period',
    steady: 'steady ({{points}} pts/period)',
    trendUnknown: 'no trend yet (fewer than 2 periods)',
    empty: 'No indicator of {{region}} has values for both women and men yet. Enter or import data first.',
    emptyProvince:
      'There are no province-level values for {{region}} yet. Choose one of its kab/kota in the region picker, or compare the kab/kota in Explore data.',
    emptyGroup: 'No indicator in {{group}} has values for both women and men.',
  },
  profil: {
    nav: 'Gender Profile',
    title: 'Gender Profile (Profil Gender)',
    subtitle: 'The yearly sex-disaggregated data publication of {{region}} in one click.',
    make: 'Make the publication',
    counts:
      '{{values}} values in {{year}}, {{verified}} of them verified. The publication covers {{year}} and the five years before it ({{first}}–{{year}}).',
    edition: 'Edition',
    editionAll: 'All values (drafts and submitted included; the cover says DRAF)',
    editionVerified: 'Verified values only (the official edition)',
    noneVerified: 'No verified values in {{year}} yet; the official edition will be empty.',
    pdf: 'Download PDF',
    xlsx: 'Download XLSX',
    busy: 'Building the publication… this can take a few seconds.',
    downloaded: '{{name}} downloaded.',
    empty:
      'There are no sex-disaggregated values for {{region}} yet, so no Gender Profile can be made. Enter or import data first.',
    emptyProvince:
      "There are no province-level values for {{region}}; a Gender Profile is made from the region's own values. Choose one of its kab/kota in the region picker.",
    toEntry: 'To data entry',
    contentsTitle: 'Contents of the publication',
    contentsIntro:
      'An A4 PDF in Indonesian with Indonesian number formatting. Each indicator is shown as a table of years × women, men, total, gap P−L and ratio P/L, with its trend chart.',
    cover: 'Cover',
    toc: 'Table of contents',
    introduction: 'Introduction',
    chapter: 'Chapter {{name}}',
    sources: 'Sources and definitions of every indicator',
    xlsxNote:
      'XLSX: one worksheet per chapter with numbers as numbers (ready for analysis), plus Cover and Definitions sheets.',
  },
};

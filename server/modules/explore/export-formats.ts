/**
 * The text export formats, each an async stream of string chunks written row by row as the
 * values arrive from the database (export.ts), so a selection of millions of values never
 * sits in memory whole. Mappings of SDMX-CSV and DHIS2 are documented in docs/api-data.md.
 */
import { csvChunks, type CsvDelimiter } from '../../lib/csv-writer.js';
import type { ValueStatus } from './sums.js';
import type { ValueRow } from './queries.js';

/** JSON rows are gathered into chunks of about this many characters before they are written. */
const CHUNK = 64 * 1024;

async function* batched(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const line of lines) {
    buffer += line;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Setara's own CSV follows Indonesian spreadsheets: `;` between fields and a decimal comma,
 * like the import template. A lone `1.234` would read back as 1234 under the Indonesian
 * number rule the import applies, so a decimal point cannot round-trip.
 */
const INDONESIAN_DELIMITER: CsvDelimiter = ';';
const decimalComma = (value: string) => value.replace('.', ',');

/** The header of the long format, shared by CSV and XLSX (the import reads it back). */
export function longHeader(dimensions: string[]): string[] {
  return ['indicator_code', 'region_code', 'period', 'sex', ...dimensions, 'value', 'status'];
}

/** One value in the long format; a dimension the indicator lacks stays empty. */
export function longCells(r: ValueRow, dimensions: string[]): string[] {
  return [
    r.indicatorCode,
    r.regionCode,
    r.period,
    r.sex,
    ...dimensions.map((d) => r.members[d] ?? ''),
    r.value,
    r.status,
  ];
}

/** The CSVs go through the shared writer (server/lib/csv-writer.ts): quoting, formula defence. */
export function csvExport(rows: AsyncIterable<ValueRow>, dimensions: string[]): AsyncGenerator<string> {
  return csvChunks(
    (async function* () {
      yield longHeader(dimensions);
      for await (const r of rows) yield longCells({ ...r, value: decimalComma(r.value) }, dimensions);
    })(),
    { delimiter: INDONESIAN_DELIMITER, bom: true },
  );
}

export const SDMX_DATAFLOW = 'SETARA:DATA_TERPILAH(1.0)';
/** SDMX cross-domain code list CL_SEX. */
const SDMX_SEX: Record<string, string> = { P: 'F', L: 'M' };
/**
 * CL_OBS_STATUS: verified → A (normal value), submitted → P (provisional value), draft → U
 * (low reliability: typed in but not yet checked by anyone; E, "estimated", would misdescribe
 * a figure that is counted, not estimated).
 */
export const SDMX_OBS_STATUS: Record<ValueStatus, string> = { verified: 'A', submitted: 'P', draft: 'U' };
/** SDMX's "not applicable" for a dimension an indicator does not have. */
const SDMX_NOT_APPLICABLE = '_Z';

export function sdmxCsvExport(rows: AsyncIterable<ValueRow>, dimensions: string[]): AsyncGenerator<string> {
  return csvChunks(
    (async function* () {
      yield [
        'DATAFLOW',
        'INDICATOR',
        'REF_AREA',
        'TIME_PERIOD',
        'SEX',
        ...dimensions.map((d) => d.toUpperCase()),
        'OBS_VALUE',
        'OBS_STATUS',
      ];
      for await (const r of rows) {
        yield [
          SDMX_DATAFLOW,
          r.indicatorCode,
          r.regionCode,
          // Setara's periods are already SDMX's: 2024, 2024-S1, 2024-Q3.
          r.period,
          SDMX_SEX[r.sex] ?? r.sex,
          ...dimensions.map((d) => r.members[d] ?? SDMX_NOT_APPLICABLE),
          r.value,
          SDMX_OBS_STATUS[r.status],
        ];
      }
    })(),
    // SDMX-CSV is comma-separated with a decimal point, as the standard says.
    { delimiter: ',', bom: false },
  );
}

export interface JsonMeta {
  generatedAt: string;
  filters: Record<string, unknown>;
  indicators: unknown[];
  dimensions: string[];
}

export function jsonExport(rows: AsyncIterable<ValueRow>, meta: JsonMeta): AsyncGenerator<string> {
  return batched(
    (async function* () {
      yield `{"meta":${JSON.stringify(meta)},"data":[`;
      let first = true;
      for await (const r of rows) {
        const { comboKey: _k, ...row } = r;
        yield (first ? '\n' : ',\n') + JSON.stringify(row);
        first = false;
      }
      yield '\n]}\n';
    })(),
  );
}

/** DHIS2 period ids: yearly `2024`, six-monthly `2024S1`, quarterly `2024Q1`. */
export function dhis2Period(period: string): string {
  return period.replace('-', '');
}

/** The category option combo of a value: its sex, then its other members (`P;umur8=15-24`). */
export function dhis2Combo(r: Pick<ValueRow, 'sex' | 'comboKey'>): string {
  return r.comboKey ? `${r.sex};${r.comboKey}` : r.sex;
}

export function dhis2Export(rows: AsyncIterable<ValueRow>): AsyncGenerator<string> {
  return batched(
    (async function* () {
      yield '{"dataValues":[';
      let first = true;
      for await (const r of rows) {
        const dv = {
          dataElement: r.indicatorCode,
          period: dhis2Period(r.period),
          orgUnit: r.regionCode,
          categoryOptionCombo: dhis2Combo(r),
          value: r.value,
        };
        yield (first ? '\n' : ',\n') + JSON.stringify(dv);
        first = false;
      }
      yield '\n]}\n';
    })(),
  );
}

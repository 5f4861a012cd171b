/**
 * Exporting a selection of values (the same filters as the open values API) as CSV, XLSX,
 * JSON, SDMX-CSV or DHIS2 dataValueSets. Permission and the column layout are settled before
 * the first byte is sent, so a refusal is a proper error answer; after that the file streams
 * from a key-ordered cursor (queries.ts iterateValues).
 */
import { Readable } from 'node:stream';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { csvExport, dhis2Export, jsonExport, sdmxCsvExport } from './export-formats.js';
import { xlsxExport } from './export-xlsx.js';
import { indicatorsInSelection, iterateValues, type ValueFilter } from './queries.js';
import type { ExportFormat } from '../../../api/explore.js';
import { indicatorSummaries, resolveValueFilter, type ValueFilterInput } from './service.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Readable;
}

const TYPES: Record<ExportFormat, { ext: string; suffix: string; contentType: string }> = {
  csv: { ext: 'csv', suffix: '', contentType: 'text/csv; charset=utf-8' },
  xlsx: {
    ext: 'xlsx',
    suffix: '',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  json: { ext: 'json', suffix: '', contentType: 'application/json; charset=utf-8' },
  'sdmx-csv': { ext: 'csv', suffix: '-sdmx', contentType: 'application/vnd.sdmx.data+csv; charset=utf-8' },
  dhis2: { ext: 'json', suffix: '-dhis2', contentType: 'application/json; charset=utf-8' },
};

function filenameOf(q: ValueFilterInput, format: ExportFormat): string {
  const t = TYPES[format];
  const parts = ['setara', q.region + (q.descendants ? '-semua' : '')];
  if (q.from && q.to) parts.push(q.from === q.to ? q.from : `${q.from}_${q.to}`);
  else if (q.from) parts.push(`sejak_${q.from}`);
  else if (q.to) parts.push(`hingga_${q.to}`);
  return `${parts.join('-')}${t.suffix}.${t.ext}`;
}

/** The filters as asked, for the JSON file's `meta` (without paging and format). */
function filtersOf(f: ValueFilter, q: ValueFilterInput) {
  return {
    region: q.region,
    descendants: q.descendants,
    indicator: f.indicatorCodes ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    sex: f.sex ?? null,
    members: f.members,
    status: f.statuses,
  };
}

export async function exportValues(
  db: Db,
  actor: Actor | null,
  q: ValueFilterInput & { format: ExportFormat },
): Promise<ExportFile> {
  const filter = await resolveValueFilter(db, actor, q);
  const codes = filter.indicatorCodes ?? (await indicatorsInSelection(db, filter));
  const indicators = await indicatorSummaries(db, codes);
  const dimensions = [...new Set(indicators.flatMap((i) => i.dimensions))].sort();
  const rows = iterateValues(db, filter);

  let body: Readable;
  switch (q.format) {
    case 'xlsx':
      body = xlsxExport(rows, dimensions);
      break;
    case 'json':
      body = Readable.from(
        jsonExport(rows, {
          generatedAt: new Date().toISOString(),
          filters: filtersOf(filter, q),
          indicators,
          dimensions,
        }),
      );
      break;
    case 'sdmx-csv':
      body = Readable.from(sdmxCsvExport(rows, dimensions));
      break;
    case 'dhis2':
      body = Readable.from(dhis2Export(rows));
      break;
    default:
      body = Readable.from(csvExport(rows, dimensions));
  }
  return { filename: filenameOf(q, q.format), contentType: TYPES[q.format].contentType, body };
}

/**
 * A section provider builds one assembled section of the annual PUG report from its module's
 * own queries. The report is the list of providers in providers/index.ts: a later module
 * (institutions, meetings, evaluation) adds its key to ASSEMBLED_SECTIONS and one provider
 * there, and the preview, the PDF and the DOCX print it without further change.
 */
import type { ReportSection } from '../../../../api/annual-report.js';
import type { AssembledSection } from '../../../../domain/annual-report/constants.js';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../lib/actor.js';

export interface SectionContext {
  db: Db;
  /** The reader, already allowed to read the whole region's report. */
  actor: Actor;
  regionCode: string;
  level: 'kabkota' | 'provinsi';
  year: number;
}

export interface SectionProvider {
  key: AssembledSection;
  build(ctx: SectionContext): Promise<ReportSection>;
}

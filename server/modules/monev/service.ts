/**
 * Reading a report: by its sub-kegiatan and quarter (the form, pre-filled when the quarter has
 * no report yet) or by id. Writes are in save.ts (drafts), review.ts (submit, decide, reopen),
 * evidence.ts and settings.ts.
 */
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { findReport, readableLine, readableReport } from './load.js';
import { reportView } from './report.js';

export async function getReport(db: Db, actor: Actor | null, subActivityId: string, period: string) {
  const { actor: a, plan, quarter } = await readableLine(db, actor, subActivityId, period);
  const report = await findReport(db, plan.line.regionCode, plan.line.id, quarter);
  return reportView(db, a, plan, quarter, report);
}

export async function getReportById(db: Db, actor: Actor | null, id: string) {
  const { actor: a, report, plan } = await readableReport(db, actor, id);
  return reportView(db, a, plan, report.quarter, report);
}

/**
 * Where each home task is resolved: the page, opened on the period, budget year, OPD or
 * import the task names, keeping the chosen region (`?region=`). The menu shows each task's
 * count as a badge on the same page's entry. A monev task opens the one report it names
 * (`/monev/<sub-kegiatan>/<2026-Q3>`), else the monev list on the period's year.
 */
import type { HomeTaskKind } from '../../../../domain/home.ts';
import { reportPath } from '../monev/api.ts';
import type { HomeTask } from './api.ts';

/** The monev list (its menu entry); one report's page is monev's own `reportPath`. */
const MONEV_LIST_PATH = '/monev';

export const TASK_PAGE: Record<HomeTaskKind, string> = {
  values_to_submit: '/data/isian',
  values_returned: '/data/isian',
  gaps_returned: '/perencanaan/sub-kegiatan',
  submissions_to_verify: '/data/verifikasi',
  opds_behind: '/data/verifikasi',
  imports_waiting: '/data/impor',
  gaps_to_review: '/perencanaan/review',
  monev_due: MONEV_LIST_PATH,
  monev_overdue: MONEV_LIST_PATH,
  monev_returned: MONEV_LIST_PATH,
  monev_to_verify: MONEV_LIST_PATH,
  monev_opds_missing: MONEV_LIST_PATH,
  follow_ups_open: '/kelembagaan/tindak-lanjut',
  dossiers_to_review: '/lembaga-layanan/standardisasi',
};

/** Tasks counted on a menu entry: what the page resolves, not what it merely shows (OPDs behind). */
const BADGED: ReadonlySet<HomeTaskKind> = new Set<HomeTaskKind>([
  'values_to_submit',
  'values_returned',
  'gaps_returned',
  'submissions_to_verify',
  'imports_waiting',
  'gaps_to_review',
  'monev_due',
  'monev_overdue',
  'monev_returned',
  'monev_to_verify',
  'follow_ups_open',
  'dossiers_to_review',
]);

export function taskLink(task: HomeTask, regionSearch: string) {
  const params = new URLSearchParams(regionSearch);
  const pathname = TASK_PAGE[task.kind];
  if (pathname === MONEV_LIST_PATH) return monevTaskLink(task, params);
  if (pathname === '/perencanaan/review') {
    // Every submitted document, whatever its budget year (the queue's filters live in the address).
    params.set('year', 'all');
    params.set('status', 'submitted');
  } else if (pathname === '/perencanaan/sub-kegiatan') {
    if (task.period) params.set('year', task.period);
  } else if (task.period && pathname.startsWith('/data/')) {
    params.set('period', task.period);
  }
  if (task.opdId && pathname === '/data/isian') params.set('opd', task.opdId);
  if (task.batchId !== null && pathname === '/data/impor') params.set('impor', String(task.batchId));
  const search = params.toString();
  return { pathname, search: search ? `?${search}` : '' };
}

function monevTaskLink(task: HomeTask, params: URLSearchParams) {
  let pathname = MONEV_LIST_PATH;
  const quarter = task.period ? /^(\d{4})-Q([1-4])$/.exec(task.period) : null;
  if (task.subActivityId && quarter) {
    pathname = reportPath(task.subActivityId, Number(quarter[1]), Number(quarter[2]));
  } else {
    if (task.period) params.set('year', task.period.slice(0, 4));
    if (task.opdId) params.set('opd', task.opdId);
  }
  const search = params.toString();
  return { pathname, search: search ? `?${search}` : '' };
}

/** Menu path -> how many tasks wait there. */
export function badgeCounts(tasks: HomeTask[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const task of tasks) {
    if (!BADGED.has(task.kind) || task.count === 0) continue;
    const page = TASK_PAGE[task.kind];
    out.set(page, (out.get(page) ?? 0) + task.count);
  }
  return out;
}

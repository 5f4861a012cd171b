/** The life of a background job (server/lib/jobs): waiting, taken by a worker, then finished or given up. */
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The shared background job queue: see runner.ts for how it works, enqueue.ts to add work. */
export { enqueueJob, enqueueJobs, type JobSpec } from './enqueue.js';
export { JobRunner, PermanentJobError, type JobContext, type JobHandler, type JobRow } from './runner.js';
export { backoffMs, type Backoff } from './backoff.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's job runner (tests run due jobs with `app.jobs.runDue()`). */
    jobs: import('./runner.js').JobRunner;
  }
}

/**
 * Background threads (an import's check, a PDF's layout) run at a lower CPU priority than the
 * server's main thread and the database: on a machine with few cores the work that answers
 * requests — and, on PostgreSQL, the backend copying an import's values in — gets a core first,
 * and the background thread takes what is left.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Niceness of a background thread: clearly below normal (0), not starved (19). */
const BACKGROUND_NICENESS = 10;

/**
 * Lowers the calling thread's priority. Linux only: there a thread has its own id, which
 * setpriority takes as a process id and applies to that thread alone (/proc/thread-self names
 * it). Elsewhere, or where it is refused, the thread keeps its priority.
 */
export function lowerThisThreadPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, BACKGROUND_NICENESS);
  } catch {
    // Not Linux, or not allowed: the thread runs at normal priority, only less politely.
  }
}

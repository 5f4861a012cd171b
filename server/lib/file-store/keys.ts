/**
 * What a file key may look like. Keys become paths on the disk store, so anything that could
 * leave the store's folder or reach its own bookkeeping is refused: absolute paths, `..`,
 * empty segments, backslashes, and segments starting with a dot (the disk store keeps its
 * temp and type files under dot names). The same rule on both stores keeps them swappable.
 */
import { InvalidFileKey } from './types.js';

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const MAX_KEY = 1024;
const MAX_SEGMENT = 200;

export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidFileKey(String(key), 'empty');
  if (key.length > MAX_KEY) throw new InvalidFileKey(key.slice(0, 40), `longer than ${MAX_KEY}`);
  if (key.startsWith('/')) throw new InvalidFileKey(key, 'absolute');
  for (const segment of key.split('/')) checkSegment(key, segment);
}

/** A list prefix: '' (everything) or the start of a key; a partial last segment is allowed. */
export function assertValidPrefix(prefix: string): void {
  if (prefix === '') return;
  if (prefix.length > MAX_KEY) throw new InvalidFileKey(prefix.slice(0, 40), `longer than ${MAX_KEY}`);
  if (prefix.startsWith('/')) throw new InvalidFileKey(prefix, 'absolute');
  const segments = prefix.split('/');
  const last = segments.pop()!;
  for (const segment of segments) checkSegment(prefix, segment);
  if (last !== '') checkSegment(prefix, last);
}

function checkSegment(key: string, segment: string): void {
  if (segment === '') throw new InvalidFileKey(key, 'empty segment');
  if (segment === '.' || segment === '..') throw new InvalidFileKey(key, 'relative segment');
  if (segment.length > MAX_SEGMENT) throw new InvalidFileKey(key, `segment longer than ${MAX_SEGMENT}`);
  if (!SEGMENT.test(segment))
    throw new InvalidFileKey(key, 'letters, digits, "_", "-" and "." only, not starting with "."');
}

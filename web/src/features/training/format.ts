const scoreFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** 72.5 → "72,5"; a change is signed (+12,5 / −3); null → "–". */
export function formatScore(value: number | null, signed = false): string {
  if (value === null) return '–';
  const text = scoreFormat.format(Math.abs(value));
  if (!signed) return scoreFormat.format(value);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** 1536000 → "1,5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${scoreFormat.format(Math.round(bytes / 1024))} KB`;
  return `${scoreFormat.format(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

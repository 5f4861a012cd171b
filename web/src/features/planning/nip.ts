/**
 * A NIP (Nomor Induk Pegawai, 18 digits) as printed on documents, in its four parts: birth
 * date, appointment month, sex, serial (19700101 199503 1 001). Anything else is left as is.
 */
export function formatNip(nip: string): string {
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(nip);
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : nip;
}

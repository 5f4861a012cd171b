/**
 * The standardisation certificate (piagam) as a pdfmake document: A4 landscape — the
 * institution, the standard and its version, the decision's number and date, the validity, and
 * a QR code opening the public verification page (/verifikasi-standar/:code). No national
 * template is public; the layout follows the training certificate. An example standard's
 * certificate says so in words on its face. Runs on the PDF worker thread: plain data in.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

export interface StandardCertificate {
  regionName: string;
  institutionName: string;
  institutionAddress: string;
  standardName: string;
  standardVersion: number;
  example: boolean;
  decisionNumber: string;
  /** "4 Desember 2026". */
  decisionDate: string;
  validUntil: string | null;
  verifyUrl: string;
  /** valid / expired / revoked on the day it is printed. */
  state: 'valid' | 'expired' | 'revoked';
  isDemo: boolean;
}

const PURPLE = '#7b2d8e';

export function standardCertificatePdf(c: StandardCertificate): TDocumentDefinitions {
  const stack: Content[] = [
    { text: `PEMERINTAH ${c.regionName.toUpperCase()}`, style: 'gov' },
    { text: 'PIAGAM STANDARDISASI', style: 'title', margin: [0, 16, 0, 2] },
    { text: `Nomor: ${c.decisionNumber}`, style: 'number' },
    { text: 'diberikan kepada', style: 'body', margin: [0, 16, 0, 4] },
    { text: c.institutionName, style: 'name' },
    ...(c.institutionAddress ? [{ text: c.institutionAddress, style: 'body' } as Content] : []),
    {
      text: [
        'yang telah memenuhi ',
        { text: `${c.standardName} (versi ${c.standardVersion})`, bold: true },
        ` berdasarkan keputusan tanggal ${c.decisionDate}`,
        c.validUntil ? `, berlaku sampai dengan ${c.validUntil}.` : '.',
      ],
      style: 'body',
      margin: [60, 14, 60, 0],
    },
    {
      columns: [
        {
          width: 150,
          stack: [
            { qr: c.verifyUrl, fit: 96, eccLevel: 'M' },
            { text: 'Pindai untuk memeriksa keabsahan', style: 'small', margin: [0, 4, 0, 0] },
          ],
        },
        { width: '*', text: '' },
      ],
      margin: [20, 26, 20, 0],
    },
  ];
  if (c.example)
    stack.push({ text: 'STANDAR CONTOH — bukan standar resmi', style: 'warn', margin: [0, 6, 0, 0] });
  if (c.isDemo) stack.push({ text: 'DATA DEMO — bukan piagam resmi', style: 'warn', margin: [0, 4, 0, 0] });
  if (c.state === 'revoked')
    stack.push({ text: 'STATUS TERSTANDAR INI TELAH DICABUT', style: 'revoked', margin: [0, 6, 0, 0] });
  if (c.state === 'expired')
    stack.push({ text: 'MASA BERLAKU TELAH BERAKHIR', style: 'revoked', margin: [0, 6, 0, 0] });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [50, 40, 50, 40],
    info: { title: `Piagam standardisasi — ${c.institutionName}`, creator: 'Setara' },
    background: (_page, size) => ({
      canvas: [
        {
          type: 'rect',
          x: 18,
          y: 18,
          w: size.width - 36,
          h: size.height - 36,
          lineWidth: 3,
          lineColor: PURPLE,
        },
      ],
    }),
    content: [{ stack, alignment: 'center' }],
    defaultStyle: { font: 'Roboto', fontSize: 12 },
    styles: {
      gov: { fontSize: 13, bold: true, color: PURPLE },
      title: { fontSize: 30, bold: true, characterSpacing: 4, color: PURPLE },
      number: { fontSize: 11 },
      name: { fontSize: 24, bold: true, margin: [0, 0, 0, 2] },
      body: { fontSize: 12, lineHeight: 1.2 },
      small: { fontSize: 8, color: '#555555' },
      warn: { fontSize: 10, bold: true, color: '#b45309' },
      revoked: { fontSize: 14, bold: true, color: '#b91c1c' },
    },
  };
}

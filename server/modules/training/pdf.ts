/**
 * The certificate (sertifikat) as a pdfmake document: A4 landscape, one page per participant —
 * name, event, date(s), lesson hours (jam pelajaran), number, the signatory block, and a QR
 * code opening the public verification page (/sertifikat/:code). No national template exists
 * for a Bimtek certificate (docs/api-training.md); the layout follows the usual Indonesian
 * government certificate. Runs on the PDF worker thread (renderPdfInWorker): plain data in.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

export interface CertificatePrint {
  fullName: string;
  institution: string;
  number: string;
  verifyUrl: string;
  revoked: boolean;
}

export interface CertificateEvent {
  regionName: string;
  organiser: string;
  title: string;
  /** "4 Desember 2024" or "3–4 Desember 2024". */
  dates: string;
  hours: number;
  place: string;
  /** "4 Desember 2024". */
  issueDate: string;
  signatory: { name: string; position: string; nip: string };
  isDemo: boolean;
}

const GREEN = '#1f5f4a';

function page(event: CertificateEvent, cert: CertificatePrint, last: boolean): Content {
  const stack: Content[] = [
    { text: `PEMERINTAH ${event.regionName.toUpperCase()}`, style: 'gov' },
    ...(event.organiser ? [{ text: event.organiser.toUpperCase(), style: 'gov' } as Content] : []),
    { text: 'SERTIFIKAT', style: 'title', margin: [0, 18, 0, 2] },
    { text: `Nomor: ${cert.number}`, style: 'number' },
    { text: 'diberikan kepada', style: 'body', margin: [0, 18, 0, 4] },
    { text: cert.fullName, style: 'name' },
    ...(cert.institution ? [{ text: cert.institution, style: 'body' } as Content] : []),
    {
      text: [
        'sebagai peserta ',
        { text: event.title, bold: true },
        ` yang diselenggarakan pada ${event.dates}`,
        ` selama ${event.hours} (${terbilang(event.hours)}) jam pelajaran.`,
      ],
      style: 'body',
      margin: [60, 14, 60, 0],
    },
    {
      columns: [
        {
          width: 150,
          stack: [
            { qr: cert.verifyUrl, fit: 96, eccLevel: 'M' },
            { text: 'Pindai untuk memeriksa keaslian', style: 'small', margin: [0, 4, 0, 0] },
          ],
        },
        { width: '*', text: '' },
        {
          width: 260,
          stack: [
            { text: `${event.place ? `${event.place}, ` : ''}${event.issueDate}`, style: 'body' },
            { text: event.signatory.position, style: 'body', bold: true },
            { text: '', margin: [0, 42, 0, 0] },
            { text: event.signatory.name, style: 'body', bold: true, decoration: 'underline' },
            ...(event.signatory.nip
              ? [{ text: `NIP. ${event.signatory.nip}`, style: 'body' } as Content]
              : []),
          ],
        },
      ],
      margin: [20, 26, 20, 0],
    },
  ];
  if (event.isDemo)
    stack.push({ text: 'DATA DEMO — bukan sertifikat resmi', style: 'demo', margin: [0, 8, 0, 0] });
  if (cert.revoked)
    stack.push({ text: 'SERTIFIKAT INI TELAH DICABUT', style: 'revoked', margin: [0, 6, 0, 0] });
  return { stack, alignment: 'center', ...(last ? {} : { pageBreak: 'after' as const }) };
}

const ONES = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** Indonesian number words, as certificates write the hours: 32 → "tiga puluh dua". */
export function terbilang(n: number): string {
  if (n < 12) return ONES[n] || 'nol';
  if (n < 20) return `${terbilang(n - 10)} belas`;
  if (n < 100) return `${terbilang(Math.floor(n / 10))} puluh${n % 10 ? ` ${terbilang(n % 10)}` : ''}`;
  if (n < 200) return `seratus${n % 100 ? ` ${terbilang(n % 100)}` : ''}`;
  if (n < 1000) return `${terbilang(Math.floor(n / 100))} ratus${n % 100 ? ` ${terbilang(n % 100)}` : ''}`;
  return String(n);
}

export function certificatesPdf(event: CertificateEvent, certs: CertificatePrint[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [50, 40, 50, 40],
    info: { title: `Sertifikat — ${event.title}`, creator: 'Setara' },
    // A frame on every page.
    background: (_page, size) => ({
      canvas: [
        {
          type: 'rect',
          x: 18,
          y: 18,
          w: size.width - 36,
          h: size.height - 36,
          lineWidth: 3,
          lineColor: GREEN,
        },
        {
          type: 'rect',
          x: 26,
          y: 26,
          w: size.width - 52,
          h: size.height - 52,
          lineWidth: 0.8,
          lineColor: GREEN,
        },
      ],
    }),
    content: certs.map((c, i) => page(event, c, i === certs.length - 1)),
    defaultStyle: { font: 'Roboto', fontSize: 12 },
    styles: {
      gov: { fontSize: 13, bold: true, color: GREEN },
      title: { fontSize: 34, bold: true, characterSpacing: 6, color: GREEN },
      number: { fontSize: 11 },
      name: { fontSize: 24, bold: true, margin: [0, 0, 0, 2] },
      body: { fontSize: 12, lineHeight: 1.2 },
      small: { fontSize: 8, color: '#555555' },
      demo: { fontSize: 10, bold: true, color: '#b45309' },
      revoked: { fontSize: 14, bold: true, color: '#b91c1c' },
    },
  };
}

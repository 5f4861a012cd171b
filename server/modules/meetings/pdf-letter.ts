/**
 * The invitation letter (surat undangan) of an event as a pdfmake document, laid out on the PDF
 * worker: the region's kop surat, the letter's number, date, nature and subject, the addressees
 * ("Yth." — listed, or "daftar terlampir" with an attachment page when there are many), the
 * body with day and date, time, venue or online link and agenda, and the signature block. No
 * official format for PUG event invitations was found (research-2 §3.3); this follows the
 * common naskah dinas shape of a surat undangan.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SignatoryView } from '../letterhead/service.js';
import type { Issue } from '../documents/model.js';
import { contentWidth, letterhead, pdfFile, signatureBlock } from '../documents/pdf-common.js';

export interface LetterModel {
  letterNumber: string;
  title: string;
  theme: string;
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  endTime: string | null;
  zoneLabel: string;
  venue: string;
  onlineUrl: string | null;
  agenda: string[];
  invitees: { fullName: string; position: string; institution: string }[];
  signatory: SignatoryView;
  isDemo: boolean;
}

/** Addressees listed in the letter itself; more go to an attachment page. */
export const LISTED_ADDRESSEES = 6;

const DAY = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayText = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));

export function dayRangeText(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? dayText(startsOn) : `${dayText(startsOn)} s.d. ${dayText(endsOn)}`;
}

const nameLine = (p: LetterModel['invitees'][number]) =>
  [p.fullName, p.position, p.institution].filter(Boolean).join(', ');

export function invitationLetterPdf(m: LetterModel, issue: Issue): TDocumentDefinitions {
  const width = contentWidth(issue.paper, 'portrait');
  const many = m.invitees.length > LISTED_ADDRESSEES;
  const time = m.startTime
    ? `${m.startTime.replace(':', '.')}${m.endTime ? ` – ${m.endTime.replace(':', '.')}` : ''} ${m.zoneLabel}`
    : '—';
  const place = [m.venue, m.onlineUrl ? `Daring: ${m.onlineUrl}` : ''].filter(Boolean).join('\n') || '—';
  const row = (label: string, value: string | Content): Content => ({
    columns: [
      { text: label, width: 90 },
      { text: ':', width: 10 },
      typeof value === 'string' ? { text: value, width: '*' } : { stack: [value], width: '*' },
    ],
    margin: [30, 0, 0, 2],
  });
  const letter: Content[] = [
    ...letterhead(issue, null, width),
    ...(m.isDemo
      ? [
          {
            text: 'DATA DEMO — bukan surat resmi',
            color: '#b71c1c',
            bold: true,
            alignment: 'right',
            fontSize: 8,
          } as Content,
        ]
      : []),
    {
      columns: [
        {
          width: '*',
          stack: [
            {
              columns: [
                { text: 'Nomor', width: 60 },
                { text: `: ${m.letterNumber}`, width: '*' },
              ],
            },
            {
              columns: [
                { text: 'Sifat', width: 60 },
                { text: ': Biasa', width: '*' },
              ],
            },
            {
              columns: [
                { text: 'Lampiran', width: 60 },
                { text: `: ${many ? '1 (satu) lembar' : '-'}`, width: '*' },
              ],
            },
            {
              columns: [
                { text: 'Hal', width: 60 },
                { text: ': Undangan', bold: true, width: '*' },
              ],
            },
          ],
        },
      ],
      margin: [0, 0, 0, 12],
    },
    { text: 'Yth.' },
    ...(many
      ? [{ text: 'Bapak/Ibu (daftar terlampir)', margin: [0, 0, 0, 2] } as Content]
      : m.invitees.length
        ? [{ ol: m.invitees.map(nameLine), margin: [0, 0, 0, 2] } as Content]
        : [{ text: 'Bapak/Ibu undangan' } as Content]),
    { text: 'di Tempat', margin: [0, 0, 0, 12] },
    { text: 'Dengan hormat,', margin: [0, 0, 0, 6] },
    {
      text: [
        'Dalam rangka ',
        { text: m.title, bold: true },
        m.theme ? ` dengan tema "${m.theme}"` : '',
        ', kami mengundang Bapak/Ibu untuk hadir pada:',
      ],
      alignment: 'justify',
      margin: [0, 0, 0, 6],
    },
    row('Hari/tanggal', dayRangeText(m.startsOn, m.endsOn)),
    row('Waktu', time),
    row('Tempat', place),
    row('Acara', m.agenda.length ? { ol: m.agenda } : m.title),
    {
      text: 'Mengingat pentingnya acara tersebut, kami mengharapkan kehadiran Bapak/Ibu tepat waktu. Atas perhatian dan kehadirannya diucapkan terima kasih.',
      alignment: 'justify',
      margin: [0, 8, 0, 0],
    },
    signatureBlock(issue, m.signatory),
  ];
  const documents: Content[][] = [letter];
  if (many) {
    documents.push([
      { text: `Lampiran Surat Nomor ${m.letterNumber}`, style: 'section' },
      { text: 'Daftar undangan', style: 'title', margin: [0, 4, 0, 8] },
      {
        table: {
          headerRows: 1,
          widths: [24, '*', '*', '*'],
          body: [
            [
              { text: 'No', style: 'th' },
              { text: 'Nama', style: 'th' },
              { text: 'Jabatan', style: 'th' },
              { text: 'Instansi', style: 'th' },
            ],
            ...m.invitees.map(
              (p, i) =>
                [
                  { text: String(i + 1), alignment: 'right' },
                  p.fullName,
                  p.position,
                  p.institution,
                ] as Content[],
            ),
          ],
        },
      },
    ]);
  }
  return pdfFile(issue, `Undangan ${m.title}`, 'portrait', documents);
}

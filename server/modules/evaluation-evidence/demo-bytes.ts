/**
 * The demo's evidence files, generated from their text: a one-page PDF whose every line reads
 * as a demo, and a small PNG picture. Small, valid files that the upload checks would
 * accept (the sniffer reads them as pdf and png), never a real region's document.
 */
import { deflateSync, crc32 } from 'node:zlib';

/** PDF text strings escape backslash and parentheses; the standard fonts read Latin-1. */
function pdfText(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '-');
}

/** A one-page A4 PDF with `lines` in Helvetica, the first one larger. */
export function textPdf(lines: readonly string[]): Buffer {
  const content = [
    'BT',
    '/F1 16 Tf',
    '56 780 Td',
    ...lines.flatMap((line, i) => [
      ...(i === 1 ? ['/F1 11 Tf'] : []),
      `(${pdfText(line)}) Tj`,
      `0 ${i === 0 ? -28 : -16} Td`,
    ]),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A 240×160 RGB picture: a wall, a floor and a bench in a room's colours — a stand-in for a
 * photo of a lactation room, whose title says CONTOH.
 */
export function roomPng(width = 240, height = 160): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const floor = y > height * 0.7;
      const bench = y > height * 0.5 && y < height * 0.7 && x > width * 0.15 && x < width * 0.55;
      const frame = y > height * 0.15 && y < height * 0.4 && x > width * 0.65 && x < width * 0.85;
      const [r, g, b] = bench
        ? [123, 45, 142]
        : frame
          ? [250, 219, 20]
          : floor
            ? [190, 160, 120]
            : [236, 228, 240];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A demo document's file: a PDF of its lines, or the picture. */
export interface DemoFile {
  contentType: 'application/pdf' | 'image/png';
  lines: readonly string[];
}

export function demoFileBytes(f: DemoFile): Buffer {
  return f.contentType === 'image/png' ? roomPng() : textPdf(f.lines);
}

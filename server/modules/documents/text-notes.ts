/** What kind of copy a document is (draft, awaiting approval, demo), for PDF and XLSX alike. */
import type { ExportDocument } from './model.js';

const STATUS_NOTES: Record<ExportDocument['status'], string | null> = {
  draft: 'DRAF — belum diajukan',
  revision: 'DRAF — sedang diperbaiki',
  submitted: 'DIAJUKAN — menunggu persetujuan',
  approved: null,
};

export function copyNoteText(doc: ExportDocument): string | null {
  const notes = [STATUS_NOTES[doc.status], doc.isDemo ? 'DEMO — contoh, bukan dokumen resmi' : null].filter(
    (n): n is string => n !== null,
  );
  return notes.length ? notes.join(' · ') : null;
}

/**
 * The vocabulary of the Laporan Pelaksanaan PUG (the region's annual report on implementing
 * gender mainstreaming, pengarusutamaan gender): its assembled sections, its narrative sections
 * and their size limits. Shared by the database, the api/ schemas, the exports and the web.
 */

/**
 * The narrative the region writes itself, in the order printed: kendala (obstacles met in the
 * year), rekomendasi (recommendations) and rencana tindak lanjut (the follow-up planned).
 * Stored as one JSON object keyed by these, so a section added here needs no migration.
 */
export const NARRATIVE_SECTIONS = ['kendala', 'rekomendasi', 'rencana_tindak_lanjut'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

/** The Indonesian headings the PDF and DOCX print (the web's labels are in its locales). */
export const NARRATIVE_TITLES: Record<NarrativeSection, string> = {
  kendala: 'Kendala',
  rekomendasi: 'Rekomendasi',
  rencana_tindak_lanjut: 'Rencana Tindak Lanjut',
};

/** Characters per narrative section: about eight printed pages, far beyond a real one. */
export const NARRATIVE_MAX_CHARS = 20_000;

/**
 * The sections assembled from what Setara holds, in the order printed. Each is one provider
 * (server/modules/annual-report/providers/); a later module (institutions, meetings,
 * evaluation) adds its key here and its provider there.
 */
export const ASSEMBLED_SECTIONS = ['data_terpilah', 'pprg', 'monev', 'kelembagaan'] as const;
export type AssembledSection = (typeof ASSEMBLED_SECTIONS)[number];

/** The signature block's lines: who signs the report for the region. */
export const SIGNATORY_FIELDS = ['position', 'name', 'rank', 'nip'] as const;
export type SignatoryField = (typeof SIGNATORY_FIELDS)[number];
export const SIGNATORY_MAX_CHARS = 200;

/**
 * The title above the signature when none was saved: DP3A (the Dinas Pemberdayaan Perempuan dan
 * Perlindungan Anak) prepares the report for the Pokja PUG. Regions rename it freely.
 */
export const DEFAULT_SIGNATORY_POSITION = 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak';

/** The label a demo draft carries on screen and in print (seeded content is not a region's). */
export const DEMO_LABEL = 'CONTOH';

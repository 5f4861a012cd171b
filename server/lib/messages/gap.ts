/** Messages of GAP/GBS/TOR documents and their review workflow. */
import { GAP_ISSUE_TEXT } from '../../../domain/planning/gap-guidance.js';
import { GAP_ISSUE_CODES, type GapIssueCode } from '../../../domain/planning/gap-rules.js';

type IssueKey = `gap_issue_${GapIssueCode}`;

export function issueKey(code: GapIssueCode): IssueKey {
  return `gap_issue_${code}`;
}

/**
 * Completeness issues as field messages: field messages take no parameters, so the item's
 * quoted text and step are dropped here (the field name carries the item id instead).
 */
function issueMessages(lang: 'id' | 'en'): Record<IssueKey, string> {
  const generic = (t: string) =>
    t
      .replace(/ ?"\{text\}"/g, '')
      .replace(/ \((langkah|step) \{step\}\)/g, '')
      .replace(/\s+/g, ' ');
  return Object.fromEntries(
    GAP_ISSUE_CODES.map((c) => [issueKey(c), generic(GAP_ISSUE_TEXT[c][lang])]),
  ) as Record<IssueKey, string>;
}

export const gapId = {
  ...issueMessages('id'),
  gap_exists: 'Sub kegiatan ini sudah memiliki dokumen GAP.',
  gap_version_conflict:
    'Dokumen ini sudah disimpan oleh {name} pada {at}. Muat ulang dokumen untuk melihat perubahannya sebelum menyimpan lagi.',
  gap_version_stale: 'Versi dokumen sudah tidak terbaru.',
  gap_not_editable: 'Dokumen hanya dapat diubah saat berstatus draf atau perlu perbaikan.',
  gap_not_submitted: 'Keputusan hanya dapat diberikan pada dokumen yang sudah diajukan.',
  gap_revision_reason_required: 'Tuliskan alasan permintaan perbaikan.',
  gap_approve_own_submission:
    'Anda yang mengajukan dokumen ini, jadi persetujuannya diberikan oleh peninjau lain (pemisahan tugas).',
  gap_incomplete: 'Dokumen belum lengkap: {count} hal perlu dilengkapi sebelum diajukan.',
  gap_item_id_format: 'Id butir hanya boleh huruf, angka, - dan _ (maksimal 32).',
  gap_item_id_duplicate: 'Id butir dalam satu daftar tidak boleh sama.',
  gap_money_format: 'Nilai rupiah harus berupa angka dengan paling banyak dua desimal, misalnya 1250000.50.',
  gap_months_duplicate: 'Bulan tidak boleh dipilih dua kali.',
  gap_version_unknown: 'Versi pengajuan tersebut tidak ada.',
};

export const gapEn: Record<keyof typeof gapId, string> = {
  ...issueMessages('en'),
  gap_exists: 'This sub-activity already has a GAP document.',
  gap_version_conflict:
    'This document was saved by {name} on {at}. Reload it to see their changes before saving again.',
  gap_version_stale: 'The document version is out of date.',
  gap_not_editable: 'The document can only be changed while it is a draft or returned for revision.',
  gap_not_submitted: 'A decision can only be made on a submitted document.',
  gap_revision_reason_required: 'Give the reason for asking for revision.',
  gap_approve_own_submission:
    'You submitted this document, so another reviewer approves it (separation of duties).',
  gap_incomplete: 'The document is incomplete: {count} items must be completed before submitting.',
  gap_item_id_format: 'Item ids may only hold letters, digits, - and _ (at most 32).',
  gap_item_id_duplicate: 'Item ids within one list must differ.',
  gap_money_format: 'A Rupiah amount is a number with at most two decimals, e.g. 1250000.50.',
  gap_months_duplicate: 'A month may be chosen only once.',
  gap_version_unknown: 'That submission does not exist.',
};

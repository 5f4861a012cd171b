/**
 * Messages of notifications and deadlines: errors, and the text of each notification kind —
 * its title (the inbox line and the e-mail subject) and its body — in both languages.
 * Placeholders are filled by server/modules/notifications/render.ts.
 */
export const notificationsId = {
  deadline_taken: 'Tenggat jenis ini untuk tahun tersebut sudah ada.',
  notification_kind_unknown: 'Jenis notifikasi tidak dikenal.',

  notify_values_submitted_title: 'Data terpilah {opd} periode {period} menunggu verifikasi',
  notify_values_submitted_body: '{actor} mengajukan data terpilah {opd} untuk periode {period}.',
  notify_values_returned_title: 'Data terpilah {opd} periode {period} dikembalikan',
  notify_values_returned_body:
    '{actor} mengembalikan data terpilah {opd} untuk periode {period} dengan catatan: "{comment}"',
  notify_values_verified_title: 'Data terpilah {opd} periode {period} telah diverifikasi',
  notify_values_verified_body: '{actor} memverifikasi data terpilah {opd} untuk periode {period}.',
  notify_gap_submitted_title: 'GAP "{subActivity}" ({opd}) menunggu reviu',
  notify_gap_submitted_body:
    '{actor} mengajukan GAP sub-kegiatan "{subActivity}" {opd} tahun anggaran {year}.',
  notify_gap_returned_title: 'GAP "{subActivity}" dikembalikan untuk perbaikan',
  notify_gap_returned_body:
    '{actor} mengembalikan GAP sub-kegiatan "{subActivity}" ({opd}, {year}) untuk perbaikan: "{comment}"',
  notify_gap_approved_title: 'GAP "{subActivity}" disetujui',
  notify_gap_approved_body: '{actor} menyetujui GAP sub-kegiatan "{subActivity}" ({opd}, {year}).',
  notify_gap_revision_requested_title: 'Revisi diminta untuk GAP "{subActivity}"',
  notify_gap_revision_requested_body:
    '{actor} membuka kembali GAP sub-kegiatan "{subActivity}" ({opd}, {year}) yang sudah disetujui untuk direvisi: "{comment}"',
  notify_monev_submitted_title: 'Laporan monev "{subActivity}" {period} menunggu verifikasi',
  notify_monev_submitted_body:
    '{actor} mengajukan laporan monev sub-kegiatan "{subActivity}" ({opd}) {period}.',
  notify_monev_returned_title: 'Laporan monev "{subActivity}" {period} dikembalikan',
  notify_monev_returned_body:
    '{actor} mengembalikan laporan monev sub-kegiatan "{subActivity}" ({opd}) {period} dengan {comments} catatan.',
  notify_monev_verified_title: 'Laporan monev "{subActivity}" {period} diverifikasi',
  notify_monev_verified_body:
    '{actor} memverifikasi laporan monev sub-kegiatan "{subActivity}" ({opd}) {period}.',
  notify_monev_reopened_title: 'Laporan monev "{subActivity}" {period} dibuka kembali',
  notify_monev_reopened_body:
    '{actor} membuka kembali laporan monev sub-kegiatan "{subActivity}" ({opd}) {period} yang sudah diverifikasi: "{comment}"',
  notify_deadline_approaching_title: 'Tenggat {work} {year}: {dueDate}',
  notify_deadline_approaching_body:
    'Tenggat {work} tahun {year} jatuh pada {dueDate} ({days} hari lagi), dan pekerjaan Anda untuk tenggat ini belum selesai.',
  notify_monev_due_title: 'Tenggat laporan monev {period}: {dueDate}',
  notify_monev_due_body:
    'Laporan monev {period} jatuh tempo pada {dueDate} ({days} hari lagi). {opd} belum mengajukan {count} laporan sub-kegiatan.',
  notify_monev_overdue_title: 'Tenggat laporan monev {period} sudah lewat',
  notify_monev_overdue_body:
    'Tenggat laporan monev {period} adalah {dueDate}. {opd} belum mengajukan {count} laporan sub-kegiatan; laporan yang diajukan sekarang ditandai terlambat.',
  notify_monev_unreported_title: '{opdCount} OPD belum melapor monev {period}',
  notify_monev_unreported_body:
    'Tenggat laporan monev {period} ({dueDate}) sudah lewat. OPD yang belum mengajukan laporan (jumlah sub-kegiatan): {opds}.',
  notify_follow_up_assigned_title: 'Tindak lanjut untuk {owner}: batas {dueDate}',
  notify_follow_up_assigned_body:
    'Dari kegiatan "{meeting}": "{text}". Penanggung jawab {owner}, batas waktu {dueDate}. Perbarui statusnya dan lampirkan bukti di Setara.',
  notify_follow_up_due_title: 'Tindak lanjut jatuh tempo besok ({dueDate})',
  notify_follow_up_due_body:
    'Tindak lanjut kegiatan "{meeting}" untuk {owner} jatuh tempo besok, {dueDate}: "{text}".',
  notify_follow_up_overdue_title: 'Tindak lanjut melewati batas waktu {dueDate}',
  notify_follow_up_overdue_body:
    'Tindak lanjut kegiatan "{meeting}" untuk {owner} belum selesai, padahal batas waktunya {dueDate}: "{text}".',
  notify_work_data_values: 'data terpilah',
  notify_work_gap_submission: 'pengajuan GAP/GBS',
  notify_someone: 'Seseorang',
  notify_email_open: 'Buka di Setara: {url}',
  notify_email_footer:
    'Anda menerima e-mail ini karena akun Anda di Setara. Pilih notifikasi mana yang dikirim lewat e-mail di halaman Akun: {url}',
};

export const notificationsEn: Record<keyof typeof notificationsId, string> = {
  deadline_taken: 'A deadline of this kind for that year exists already.',
  notification_kind_unknown: 'Unknown notification kind.',

  notify_values_submitted_title: 'Sex-disaggregated data of {opd} for {period} awaits verification',
  notify_values_submitted_body: '{actor} submitted the sex-disaggregated data of {opd} for {period}.',
  notify_values_returned_title: 'Sex-disaggregated data of {opd} for {period} returned',
  notify_values_returned_body:
    '{actor} returned the sex-disaggregated data of {opd} for {period} with a comment: "{comment}"',
  notify_values_verified_title: 'Sex-disaggregated data of {opd} for {period} verified',
  notify_values_verified_body: '{actor} verified the sex-disaggregated data of {opd} for {period}.',
  notify_gap_submitted_title: 'GAP "{subActivity}" ({opd}) awaits review',
  notify_gap_submitted_body:
    '{actor} submitted the GAP of sub-activity "{subActivity}" of {opd}, budget year {year}.',
  notify_gap_returned_title: 'GAP "{subActivity}" returned for revision',
  notify_gap_returned_body:
    '{actor} returned the GAP of sub-activity "{subActivity}" ({opd}, {year}) for revision: "{comment}"',
  notify_gap_approved_title: 'GAP "{subActivity}" approved',
  notify_gap_approved_body: '{actor} approved the GAP of sub-activity "{subActivity}" ({opd}, {year}).',
  notify_gap_revision_requested_title: 'Revision requested for GAP "{subActivity}"',
  notify_gap_revision_requested_body:
    '{actor} reopened the approved GAP of sub-activity "{subActivity}" ({opd}, {year}) for revision: "{comment}"',
  notify_monev_submitted_title: 'Monev report "{subActivity}" {period} awaits verification',
  notify_monev_submitted_body:
    '{actor} submitted the monev report of sub-activity "{subActivity}" ({opd}) {period}.',
  notify_monev_returned_title: 'Monev report "{subActivity}" {period} returned',
  notify_monev_returned_body:
    '{actor} returned the monev report of sub-activity "{subActivity}" ({opd}) {period} with {comments} comments.',
  notify_monev_verified_title: 'Monev report "{subActivity}" {period} verified',
  notify_monev_verified_body:
    '{actor} verified the monev report of sub-activity "{subActivity}" ({opd}) {period}.',
  notify_monev_reopened_title: 'Monev report "{subActivity}" {period} reopened',
  notify_monev_reopened_body:
    '{actor} reopened the verified monev report of sub-activity "{subActivity}" ({opd}) {period}: "{comment}"',
  notify_deadline_approaching_title: 'Deadline for {work} {year}: {dueDate}',
  notify_deadline_approaching_body:
    'The deadline for {work} of {year} is {dueDate} ({days} days from now), and your work for it is not finished.',
  notify_monev_due_title: 'Monev report deadline for {period}: {dueDate}',
  notify_monev_due_body:
    'The monev reports of {period} are due on {dueDate} ({days} days from now). {opd} has not submitted {count} sub-activity reports yet.',
  notify_monev_overdue_title: 'The monev report deadline for {period} has passed',
  notify_monev_overdue_body:
    'The monev reports of {period} were due on {dueDate}. {opd} has not submitted {count} sub-activity reports; a report submitted now is marked late.',
  notify_monev_unreported_title: '{opdCount} OPDs have not reported monev for {period}',
  notify_monev_unreported_body:
    'The monev report deadline for {period} ({dueDate}) has passed. OPDs that have not submitted (number of sub-activities): {opds}.',
  notify_follow_up_assigned_title: 'Follow-up for {owner}: due {dueDate}',
  notify_follow_up_assigned_body:
    'From the event "{meeting}": "{text}". Owner {owner}, due {dueDate}. Update its status and attach evidence in Setara.',
  notify_follow_up_due_title: 'Follow-up due tomorrow ({dueDate})',
  notify_follow_up_due_body:
    'A follow-up of the event "{meeting}" for {owner} is due tomorrow, {dueDate}: "{text}".',
  notify_follow_up_overdue_title: 'Follow-up past its due date {dueDate}',
  notify_follow_up_overdue_body:
    'A follow-up of the event "{meeting}" for {owner} is not done, though it was due on {dueDate}: "{text}".',
  notify_work_data_values: 'sex-disaggregated data',
  notify_work_gap_submission: 'GAP/GBS submission',
  notify_someone: 'Someone',
  notify_email_open: 'Open in Setara: {url}',
  notify_email_footer:
    'You receive this e-mail because of your Setara account. Choose which notifications are e-mailed on the Account page: {url}',
};

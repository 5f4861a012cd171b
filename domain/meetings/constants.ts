/**
 * Meetings (kegiatan kelembagaan PUG): the kinds of event a region's PUG institutions hold and
 * how an attendance came to be recorded. The yearly agenda they follow is in
 * ../shared/domain/research-2.md §3.3 (Rakor sinkronisasi, Rakor Pokja, Bimtek, verifikasi).
 */

/** Rakor (coordination meeting), Bimtek (technical training), advokasi, sosialisasi, verifikasi. */
export const MEETING_KINDS = ['rakor', 'bimtek', 'advokasi', 'sosialisasi', 'verifikasi'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** An event is planned, then held (its minutes may be written), or cancelled. */
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * How a presence was recorded: signed in on the public page (QR / short link), ticked by the
 * organiser from the invitees, or typed from a scanned paper list.
 */
export const ATTENDANCE_SOURCES = ['sign_in', 'organiser', 'paper'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/**
 * What the GAP editor tells the operator at each step, and how completeness issues read, in
 * Indonesian (default) and English. The web shows it; the server uses the issue texts when it
 * refuses a submission. Step contents follow the 9-step Gender Analysis Pathway as regional
 * PPRG guidance presents it (sources: docs/pprg.md, "GAP, GBS, TOR").
 */
import type { GapStep } from './gap-content.js';
import type { GapIssueCode } from './gap-rules.js';

export interface Bilingual {
  id: string;
  en: string;
}

export interface StepGuidance {
  step: GapStep;
  title: Bilingual;
  /** What to write and why. */
  guidance: Bilingual;
  /** A short example in the spirit of the instrument. */
  example: Bilingual;
}

export const GAP_GROUP_LABELS: Record<
  'kebijakan' | 'isuGender' | 'rencanaKeDepan' | 'pengukuranHasil',
  Bilingual
> = {
  kebijakan: { id: 'Kebijakan/Program/Kegiatan yang Dianalisis', en: 'Policy/Programme/Activity Analysed' },
  isuGender: { id: 'Isu Gender', en: 'Gender Issues' },
  rencanaKeDepan: { id: 'Kebijakan dan Rencana ke Depan', en: 'Policy and Forward Plan' },
  pengukuranHasil: { id: 'Pengukuran Hasil', en: 'Measuring Results' },
};

export const GAP_ASPECT_LABELS: Record<'akses' | 'partisipasi' | 'kontrol' | 'manfaat', Bilingual> = {
  akses: { id: 'Akses', en: 'Access' },
  partisipasi: { id: 'Partisipasi', en: 'Participation' },
  kontrol: { id: 'Kontrol', en: 'Control' },
  manfaat: { id: 'Manfaat', en: 'Benefit' },
};

export const GAP_STEP_GUIDANCE: StepGuidance[] = [
  {
    step: 1,
    title: {
      id: 'Kebijakan/Program/Kegiatan dan Tujuannya',
      en: 'Policy/Programme/Activity and its Objective',
    },
    guidance: {
      id: 'Tuliskan program, kegiatan dan sub kegiatan yang dianalisis sesuai nomenklatur SIPD, beserta tujuan sub kegiatan sebagaimana tercantum dalam Renja/DPA.',
      en: 'Name the programme, activity and sub-activity being analysed in SIPD nomenclature, and the sub-activity objective as written in the Renja/DPA.',
    },
    example: {
      id: 'Sub Kegiatan Pengelolaan Pelayanan Kesehatan Ibu Hamil; tujuan: seluruh ibu hamil mendapat pelayanan antenatal sesuai standar.',
      en: 'Sub-activity Management of Health Services for Pregnant Women; objective: every pregnant woman receives standard antenatal care.',
    },
  },
  {
    step: 2,
    title: { id: 'Data Pembuka Wawasan', en: 'Eye-opening Data' },
    guidance: {
      id: 'Pilih data terpilah menurut jenis kelamin dari katalog data (nilai diambil langsung, beserta tahun dan sumbernya), lalu tambahkan catatan kualitatif: hasil pengamatan, pengaduan, atau diskusi kelompok.',
      en: 'Pick sex-disaggregated data from the data catalogue (values are read live, with year and source), then add qualitative notes: observations, complaints or focus-group findings.',
    },
    example: {
      id: 'Persentase persalinan ditolong tenaga kesehatan 2024; catatan: ibu hamil di kelurahan lereng bukit menempuh jarak jauh ke puskesmas.',
      en: 'Share of births attended by health workers, 2024; note: pregnant women in hillside kelurahan travel far to the health centre.',
    },
  },
  {
    step: 3,
    title: { id: 'Faktor Kesenjangan Gender', en: 'Gender Gap Factors' },
    guidance: {
      id: 'Uraikan kesenjangan antara perempuan dan laki-laki dari empat aspek: akses, partisipasi, kontrol dan manfaat (APKM). Setiap faktor harus dijawab oleh rencana aksi di langkah 7.',
      en: 'Describe the gaps between women and men along four aspects: access, participation, control and benefit. Every factor must be answered by an action in step 7.',
    },
    example: {
      id: 'Partisipasi: hanya sebagian kecil suami hadir di kelas ibu hamil.',
      en: 'Participation: only a few husbands attend antenatal classes.',
    },
  },
  {
    step: 4,
    title: { id: 'Sebab Kesenjangan Internal', en: 'Internal Causes' },
    guidance: {
      id: 'Sebab yang berada di dalam OPD pelaksana: kebijakan, prosedur, data, kapasitas dan jadwal layanan.',
      en: 'Causes inside the implementing agency: its policies, procedures, data, staff capacity and service hours.',
    },
    example: {
      id: 'Kelas ibu hamil dijadwalkan pada jam kerja sehingga suami yang bekerja tidak dapat hadir.',
      en: 'Antenatal classes are held during working hours, so working husbands cannot attend.',
    },
  },
  {
    step: 5,
    title: { id: 'Sebab Kesenjangan Eksternal', en: 'External Causes' },
    guidance: {
      id: 'Sebab di luar OPD: budaya dan norma masyarakat, kondisi geografis, peran lembaga lain.',
      en: 'Causes outside the agency: culture and social norms, geography, the role of other institutions.',
    },
    example: {
      id: 'Anggapan bahwa kehamilan sepenuhnya urusan perempuan.',
      en: 'The belief that pregnancy is entirely a woman’s business.',
    },
  },
  {
    step: 6,
    title: { id: 'Reformulasi Tujuan', en: 'Reformulated Objective' },
    guidance: {
      id: 'Rumuskan kembali tujuan sub kegiatan agar responsif gender: menyebut kelompok sasaran dan kesenjangan yang ingin dipersempit.',
      en: 'Rewrite the sub-activity objective so that it is gender-responsive: name the target groups and the gap to be narrowed.',
    },
    example: {
      id: 'Meningkatkan cakupan pelayanan antenatal ibu hamil dengan keterlibatan aktif suami.',
      en: 'Raise antenatal coverage of pregnant women with the active involvement of husbands.',
    },
  },
  {
    step: 7,
    title: { id: 'Rencana Aksi', en: 'Action Plan' },
    guidance: {
      id: 'Susun tindakan yang menjawab faktor kesenjangan dan sebab pada langkah 3–5. Tandai faktor/sebab yang dijawab tiap tindakan; semua harus terjawab. Tindakan menjadi komponen GBS.',
      en: 'List actions that answer the gap factors and causes of steps 3–5. Mark which factor or cause each action addresses; all must be addressed. Actions become GBS components.',
    },
    example: {
      id: 'Menyelenggarakan kelas ibu hamil pada Sabtu pagi dengan undangan untuk pasangan.',
      en: 'Hold antenatal classes on Saturday mornings, inviting couples.',
    },
  },
  {
    step: 8,
    title: { id: 'Data Dasar (Baseline)', en: 'Baseline' },
    guidance: {
      id: 'Tetapkan data dasar dari data langkah 2 yang relevan dengan tujuan; setiap baseline merujuk ke salah satu data langkah 2.',
      en: 'Set baselines taken from the step 2 data relevant to the objective; each baseline refers to one step 2 item.',
    },
    example: {
      id: 'Persalinan ditolong tenaga kesehatan 2024 sebagai titik awal.',
      en: 'Births attended by health workers in 2024 as the starting point.',
    },
  },
  {
    step: 9,
    title: { id: 'Indikator Gender', en: 'Gender Indicators' },
    guidance: {
      id: 'Tetapkan indikator keluaran (output) dan hasil (outcome) yang responsif gender, masing-masing dengan target dan satuan.',
      en: 'Set gender-responsive output and outcome indicators, each with a target and a unit.',
    },
    example: {
      id: 'Output: 400 pasangan mengikuti kelas ibu hamil. Outcome: cakupan K6 naik menjadi 90%.',
      en: 'Output: 400 couples attend antenatal classes. Outcome: K6 coverage rises to 90%.',
    },
  },
];

export const GBS_GUIDANCE: Bilingual = {
  id: 'GBS disusun dari hasil GAP: analisis situasi dari langkah 2–5, komponen rencana aksi dari langkah 7 dengan anggarannya, dan dampak/hasil dari indikator outcome langkah 9. Anggaran tiap komponen dapat diubah; jumlahnya sebaiknya sama dengan pagu sub kegiatan.',
  en: 'The GBS is built from the GAP: situation analysis from steps 2–5, action components from step 7 with their budgets, and the expected outcome from step 9. Component budgets can be edited; their total should match the sub-activity budget.',
};

export const TOR_GUIDANCE: Bilingual = {
  id: 'KAK/TOR responsif gender memuat latar belakang dengan analisis gender, tujuan, penerima manfaat menurut jenis kelamin, cara pelaksanaan yang menjamin akses dan partisipasi setara, jadwal dan biaya.',
  en: 'The gender-responsive TOR holds the background with the gender analysis, the objective, beneficiaries by sex, a method that secures equal access and participation, the schedule and the cost.',
};

/** Completeness issues; `{text}` is an excerpt of the item, `{ref}` an id it points at. */
export const GAP_ISSUE_TEXT: Record<GapIssueCode, Bilingual> = {
  policy_missing: {
    id: 'Kebijakan/program/kegiatan belum diisi.',
    en: 'The policy/programme/activity is empty.',
  },
  objective_missing: { id: 'Tujuan belum diisi.', en: 'The objective is empty.' },
  data_missing: {
    id: 'Pilih minimal satu data terpilah.',
    en: 'Pick at least one sex-disaggregated data item.',
  },
  data_ref_incomplete: {
    id: 'Data belum memilih indikator dan tahun.',
    en: 'A data item has no indicator or year.',
  },
  factor_missing: { id: 'Tambahkan minimal satu faktor kesenjangan.', en: 'Add at least one gap factor.' },
  factor_text_missing: {
    id: 'Uraian faktor kesenjangan masih kosong.',
    en: 'A gap factor has no description.',
  },
  cause_missing: {
    id: 'Tambahkan minimal satu sebab kesenjangan (internal atau eksternal).',
    en: 'Add at least one cause of the gap (internal or external).',
  },
  cause_text_missing: { id: 'Uraian sebab kesenjangan masih kosong.', en: 'A cause has no description.' },
  reformulation_missing: {
    id: 'Reformulasi tujuan belum diisi.',
    en: 'The reformulated objective is empty.',
  },
  action_missing: { id: 'Tambahkan minimal satu rencana aksi.', en: 'Add at least one action.' },
  action_text_missing: { id: 'Uraian rencana aksi masih kosong.', en: 'An action has no description.' },
  action_addresses_nothing: {
    id: 'Rencana aksi "{text}" belum menjawab faktor atau sebab mana pun.',
    en: 'Action "{text}" addresses no factor or cause.',
  },
  action_addresses_unknown: {
    id: 'Rencana aksi merujuk faktor/sebab yang sudah tidak ada.',
    en: 'An action refers to a factor or cause that no longer exists.',
  },
  factor_unaddressed: {
    id: 'Faktor kesenjangan "{text}" belum dijawab rencana aksi.',
    en: 'Gap factor "{text}" is not addressed by any action.',
  },
  cause_unaddressed: {
    id: 'Sebab kesenjangan "{text}" (langkah {step}) belum dijawab rencana aksi.',
    en: 'Cause "{text}" (step {step}) is not addressed by any action.',
  },
  baseline_missing: { id: 'Tambahkan minimal satu data dasar.', en: 'Add at least one baseline.' },
  baseline_ref_unknown: {
    id: 'Data dasar harus merujuk data pada langkah 2.',
    en: 'A baseline must refer to a step 2 data item.',
  },
  baseline_text_missing: { id: 'Uraian data dasar masih kosong.', en: 'A baseline has no description.' },
  output_indicator_missing: {
    id: 'Tambahkan indikator output beserta targetnya.',
    en: 'Add an output indicator with its target.',
  },
  outcome_indicator_missing: {
    id: 'Tambahkan indikator outcome beserta targetnya.',
    en: 'Add an outcome indicator with its target.',
  },
  indicator_incomplete: {
    id: 'Indikator belum lengkap (uraian dan target).',
    en: 'An indicator lacks its text or target.',
  },
  gbs_missing: { id: 'GBS belum disusun.', en: 'The GBS has not been drafted.' },
  gbs_components_missing: {
    id: 'GBS belum memiliki komponen rencana aksi.',
    en: 'The GBS has no action components.',
  },
  gbs_component_name_missing: { id: 'Nama komponen GBS masih kosong.', en: 'A GBS component has no name.' },
  gbs_component_budget_invalid: {
    id: 'Anggaran komponen GBS tidak valid.',
    en: 'A GBS component budget is not a valid amount.',
  },
  gbs_total_zero: { id: 'Total anggaran GBS harus lebih dari nol.', en: 'The GBS total must be above zero.' },
  tor_background_missing: { id: 'Latar belakang KAK belum diisi.', en: 'The TOR background is empty.' },
  tor_objective_missing: { id: 'Tujuan KAK belum diisi.', en: 'The TOR objective is empty.' },
  tor_method_missing: { id: 'Cara pelaksanaan KAK belum diisi.', en: 'The TOR method is empty.' },
  tor_schedule_invalid: {
    id: 'Jadwal KAK harus memilih bulan 1–12.',
    en: 'A TOR schedule line needs months 1–12.',
  },
};

/** An issue in the reader's language, its placeholders filled. */
export function issueText(
  code: GapIssueCode,
  lang: 'id' | 'en',
  params: Record<string, string | number> = {},
): string {
  return GAP_ISSUE_TEXT[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

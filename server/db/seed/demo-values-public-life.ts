/**
 * DEMO FIGURES — INVENTED, NOT OFFICIAL STATISTICS (see demo-values.ts). The generators of
 * public life: politics and decision-making, social and cultural life, violence against women
 * and children, and disasters; demo-values.ts calls them year by year.
 */
import type { Sex } from '../../../domain/indicators.js';
import {
  BASE_YEAR,
  Table,
  apportion,
  clamp,
  count,
  covid,
  membersOf,
  noise,
  splitPosts,
} from './demo-values-table.js';

// --- politik dan pengambilan keputusan -----------------------------------------------------

const DPRD_SEATS = 35;
const KELURAHAN = 46;

export function politics(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  // Members elected in 2019 sat from August 2019, those elected in 2024 from August 2024.
  const womenInDprd = year >= 2024 ? 9 : year >= 2019 ? 7 : 5;
  tbl.set('POL_DPRD_ANGGOTA', 'P', year, womenInDprd);
  tbl.set('POL_DPRD_ANGGOTA', 'L', year, DPRD_SEATS - womenInDprd);
  tbl.set('POL_DPRD_PEREMPUAN_PERSEN', 'P', year, (100 * womenInDprd) / DPRD_SEATS);

  // PPPK (contract civil servants) hiring from 2022, mostly teachers, mostly women.
  const pppk = Math.max(0, year - 2021);
  const civilServants: Record<Sex, [disabled: number, other: number]> = {
    P: [7 + 0.8 * t + noise('asn-ya', 'P', year), 3_950 + 20 * t + 260 * pppk + 25 * noise('asn', 'P', year)],
    L: [10 + 0.9 * t + noise('asn-ya', 'L', year), 2_720 - 15 * t + 90 * pppk + 20 * noise('asn', 'L', year)],
  };
  for (const sex of ['P', 'L'] as const) {
    tbl.set('POL_ASN', sex, year, count(civilServants[sex][0]), { disabilitas: 'ya' });
    tbl.set('POL_ASN', sex, year, count(civilServants[sex][1]), { disabilitas: 'tidak' });
  }

  const vacantEchelonII = Math.floor((noise('jpt-kosong', year) + 1) * 2);
  const echelonII = 36 - vacantEchelonII;
  splitPosts(tbl, 'POL_JPT_PRATAMA', year, echelonII, (6 + 0.5 * t + 0.8 * noise('jpt', year)) / echelonII);
  splitPosts(tbl, 'POL_ADMINISTRATOR', year, count(226 + 5 * noise('adm', year)), 0.39 + 0.012 * t);
  // The 2021–2022 conversion of structural posts into functional ones removed most echelon IV.
  const echelonIV = year <= 2020 ? 648 : year === 2021 ? 430 : 296;
  splitPosts(tbl, 'POL_PENGAWAS', year, count(echelonIV + 8 * noise('pengawas', year)), 0.505 + 0.004 * t);
  splitPosts(tbl, 'POL_LURAH', year, KELURAHAN, (9 + 0.7 * t + 0.6 * noise('lurah', year)) / KELURAHAN);
}

// --- hukum, sosial dan budaya --------------------------------------------------------------

const DISABILITY_BASE: Record<string, Record<Sex, number>> = {
  anak: { P: 142, L: 188 },
  dewasa: { P: 476, L: 552 },
  lansia: { P: 236, L: 181 },
};

export function society(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  // The minimum marriage age for women rose from 16 to 19 in October 2019 (UU 16/2019).
  const dispensations = year <= 2019 ? 36 : Math.max(30, 74 - 8 * (year - 2020));
  const girls = count(dispensations + 5 * noise('dispensasi', 'P', year));
  tbl.set('HSB_DISPENSASI_KAWIN', 'P', year, girls);
  tbl.set('HSB_DISPENSASI_KAWIN', 'L', year, count(girls * 0.21 + 2 * noise('dispensasi', 'L', year)));

  tbl.set(
    'HSB_PERCERAIAN',
    'P',
    year,
    count(468 + 11 * t - 35 * covid(year) + 18 * noise('cerai', 'P', year)),
  );
  tbl.set('HSB_PERCERAIAN', 'L', year, count(152 + 2 * t - 12 * covid(year) + 9 * noise('cerai', 'L', year)));

  for (const [stage, bySex] of Object.entries(DISABILITY_BASE)) {
    for (const sex of ['P', 'L'] as const) {
      const registered = bySex[sex] * 1.035 ** t * (1 + 0.03 * noise('disabilitas', stage, sex, year));
      tbl.set('HSB_PENYANDANG_DISABILITAS', sex, year, count(registered), { siklus_hidup: stage });
    }
  }
}

// --- kekerasan terhadap perempuan dan anak -------------------------------------------------

/** Share of each main type of violence, in the order of the jenis_kekerasan set. */
const VIOLENCE_TYPES: Record<string, number[]> = {
  // fisik, psikis, seksual, eksploitasi, trafficking, penelantaran, lainnya
  women: [36, 30, 14, 2, 2, 12, 4],
  girls: [20, 17, 45, 3, 2, 8, 5],
  boys: [38, 20, 22, 5, 1, 10, 4],
};

function violenceByType(
  tbl: Table,
  code: string,
  sex: Sex,
  year: number,
  total: number,
  profile: string,
): void {
  const weights = VIOLENCE_TYPES[profile].map((w, i) => w * (1 + 0.25 * noise(code, sex, i, year)));
  const parts = apportion(total, weights);
  membersOf('jenis_kekerasan').forEach((type, i) =>
    tbl.set(code, sex, year, parts[i], { jenis_kekerasan: type }),
  );
}

export function violence(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  // Reporting grows every year as services become known; lockdowns added domestic cases.
  violenceByType(
    tbl,
    'KEK_KASUS_PEREMPUAN',
    'P',
    year,
    count(46 + 3.2 * t + 4 * covid(year) + 6 * noise('ktp', year)),
    'women',
  );
  violenceByType(
    tbl,
    'KEK_KASUS_ANAK',
    'P',
    year,
    count(37 + 2.4 * t + 5 * noise('kta', 'P', year)),
    'girls',
  );
  violenceByType(tbl, 'KEK_KASUS_ANAK', 'L', year, count(17 + t + 4 * noise('kta', 'L', year)), 'boys');

  const victims: Record<Sex, number> = {
    P: tbl.total('KEK_KASUS_PEREMPUAN', 'P', year) + tbl.total('KEK_KASUS_ANAK', 'P', year),
    L: tbl.total('KEK_KASUS_ANAK', 'L', year),
  };
  const domestic: Record<Sex, number> = {
    P: Math.round(
      tbl.total('KEK_KASUS_PEREMPUAN', 'P', year) * 0.52 + tbl.total('KEK_KASUS_ANAK', 'P', year) * 0.22,
    ),
    L: Math.round(tbl.total('KEK_KASUS_ANAK', 'L', year) * 0.28),
  };
  for (const sex of ['P', 'L'] as const) {
    tbl.set('KEK_KASUS_KDRT', sex, year, domestic[sex]);
    const served = count(victims[sex] * clamp(0.86 + 0.02 * t + 0.02 * noise('layanan', sex, year), 0, 1));
    const disabled = clamp(count(served * 0.06 + 1.2 * noise('layanan-ya', sex, year)), 0, served);
    tbl.set('KEK_KORBAN_DILAYANI', sex, year, disabled, { disabilitas: 'ya' });
    tbl.set('KEK_KORBAN_DILAYANI', sex, year, served - disabled, { disabilitas: 'tidak' });
  }

  tbl.set('KEK_ANAK_BERKONFLIK_HUKUM', 'L', year, count(31 - 0.5 * t + 6 * noise('abh', 'L', year)));
  tbl.set('KEK_ANAK_BERKONFLIK_HUKUM', 'P', year, count(4 + 2 * noise('abh', 'P', year)));
}

// --- kebencanaan ---------------------------------------------------------------------------

const LIFE_STAGE_SHARE: Record<string, number> = { anak: 0.34, dewasa: 0.56, lansia: 0.1 };
/** Permanent houses handed over after the 2018 earthquake, tsunami and liquefaction. */
const HUNTAP_HANDOVERS: Record<number, number> = {
  2019: 180,
  2020: 850,
  2021: 1650,
  2022: 1900,
  2023: 720,
  2024: 260,
};

export function disasters(tbl: Table, year: number): void {
  const t = year - BASE_YEAR;
  // Floods, landslides and strong winds: a bad year affects several times a quiet one.
  const affected = 2_600 * Math.exp(0.7 * noise('terdampak', year));
  for (const [stage, share] of Object.entries(LIFE_STAGE_SHARE)) {
    const femaleShare = 0.505 + 0.01 * noise('terdampak-p', stage, year);
    for (const sex of ['P', 'L'] as const) {
      const people = count(affected * share * (sex === 'P' ? femaleShare : 1 - femaleShare));
      const displacedShare = 0.22 + 0.08 * noise('pengungsi', stage, sex, year);
      tbl.set('BCN_TERDAMPAK', sex, year, people, { siklus_hidup: stage });
      tbl.set('BCN_PENGUNGSI', sex, year, count(people * displacedShare), { siklus_hidup: stage });
    }
  }
  for (const sex of ['P', 'L'] as const) {
    tbl.set('BCN_MENINGGAL_HILANG', sex, year, count(0.9 + 1.3 * noise('meninggal', sex, year)));
  }
  tbl.set('BCN_RELAWAN_TERLATIH', 'P', year, count(38 + 4 * t + 5 * noise('relawan', 'P', year)));
  tbl.set('BCN_RELAWAN_TERLATIH', 'L', year, count(86 + 2 * t + 8 * noise('relawan', 'L', year)));
  const handovers = HUNTAP_HANDOVERS[year] ?? 100;
  splitPosts(tbl, 'BCN_PENERIMA_HUNTAP', year, handovers, 0.27 + 0.02 * noise('huntap', year));
}

import type { IndicatorDef } from '../catalog-data.js';

/*
 * SIMFONI-PPA lets one victim carry several types of violence, so its own "by type" tables add
 * up to more than the number of cases. Here each case is counted once, under its main type,
 * so that the types of a `sum` indicator add up to its total.
 */

export const KEKERASAN_PEREMPUAN_ANAK: IndicatorDef[] = [
  {
    code: 'KEK_KASUS_PEREMPUAN',
    nameId: 'Jumlah kasus kekerasan terhadap perempuan menurut jenis kekerasan',
    nameEn: 'Cases of violence against women by type of violence',
    definitionId:
      'Banyaknya kasus kekerasan dengan korban perempuan berumur 18 tahun ke atas yang dilaporkan dan tercatat dalam SIMFONI-PPA dalam satu tahun, dihitung per korban menurut jenis kekerasan utama yang dialami sehingga jumlah menurut jenis sama dengan jumlah kasus.',
    definitionEn:
      'Number of reported cases of violence against women aged 18 and over recorded in SIMFONI-PPA during the year, counted per victim under the main type of violence suffered, so the types add up to the total.',
    unit: 'kasus',
    group: 'kekerasan_perempuan_anak',
    periodicity: 'year',
    source: 'administrative',
    sourceNote: 'SIMFONI-PPA (DP3A/UPTD PPA)',
    aggregation: 'sum',
    dimensions: ['jenis_kekerasan'],
    sexes: ['P'],
    decimals: 0,
    responsibleOpd: 'DP3A',
  },
  {
    code: 'KEK_KASUS_ANAK',
    nameId: 'Jumlah kasus kekerasan terhadap anak menurut jenis kekerasan',
    nameEn: 'Cases of violence against children by type of violence',
    definitionId:
      'Banyaknya kasus kekerasan dengan korban anak (umur 0–17 tahun) yang dilaporkan dan tercatat dalam SIMFONI-PPA dalam satu tahun, menurut jenis kelamin korban, dihitung per korban menurut jenis kekerasan utama yang dialami.',
    definitionEn:
      'Number of reported cases of violence against children (aged 0–17) recorded in SIMFONI-PPA during the year, by sex of the victim, counted per victim under the main type of violence suffered.',
    unit: 'kasus',
    group: 'kekerasan_perempuan_anak',
    periodicity: 'year',
    source: 'administrative',
    sourceNote: 'SIMFONI-PPA (DP3A/UPTD PPA)',
    aggregation: 'sum',
    dimensions: ['jenis_kekerasan'],
    sexes: ['P', 'L'],
    decimals: 0,
    responsibleOpd: 'DP3A',
  },
  {
    code: 'KEK_KASUS_KDRT',
    nameId: 'Jumlah kasus kekerasan dalam rumah tangga (KDRT) terhadap perempuan dan anak',
    nameEn: 'Domestic violence cases against women and children',
    definitionId:
      'Banyaknya kasus kekerasan terhadap perempuan dan anak yang tercatat dalam SIMFONI-PPA dalam satu tahun dengan tempat kejadian di lingkup rumah tangga (UU 23/2004), menurut jenis kelamin korban; bagian dari kasus kekerasan terhadap perempuan dan terhadap anak.',
    definitionEn:
      'Number of cases of violence against women and children recorded in SIMFONI-PPA during the year that took place within the household (Law 23/2004), by sex of the victim; a subset of the cases of violence against women and against children.',
    unit: 'kasus',
    group: 'kekerasan_perempuan_anak',
    periodicity: 'year',
    source: 'administrative',
    sourceNote: 'SIMFONI-PPA (DP3A/UPTD PPA)',
    aggregation: 'sum',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 0,
    responsibleOpd: 'DP3A',
  },
  {
    code: 'KEK_KORBAN_DILAYANI',
    nameId: 'Jumlah perempuan dan anak korban kekerasan yang mendapat layanan UPTD PPA',
    nameEn: 'Women and child victims of violence served by the UPTD PPA',
    definitionId:
      'Banyaknya perempuan dan anak korban kekerasan yang mendapat layanan UPTD PPA (pengaduan, penjangkauan, pengelolaan kasus, penampungan sementara, mediasi, pendampingan) dalam satu tahun, menurut jenis kelamin dan status disabilitas korban.',
    definitionEn:
      'Number of women and child victims of violence who received services from the regional protection unit UPTD PPA (complaints, outreach, case management, temporary shelter, mediation, accompaniment) during the year, by sex and disability status of the victim.',
    unit: 'orang',
    group: 'kekerasan_perempuan_anak',
    periodicity: 'year',
    source: 'administrative',
    sourceNote: 'UPTD PPA, SIMFONI-PPA',
    aggregation: 'sum',
    dimensions: ['disabilitas'],
    sexes: ['P', 'L'],
    decimals: 0,
    responsibleOpd: 'DP3A',
  },
  {
    code: 'KEK_ANAK_BERKONFLIK_HUKUM',
    nameId: 'Jumlah anak yang berkonflik dengan hukum',
    nameEn: 'Children in conflict with the law',
    definitionId:
      'Banyaknya anak berumur 12 tahun tetapi belum 18 tahun yang diduga melakukan tindak pidana (UU 11/2012 tentang Sistem Peradilan Pidana Anak) dan ditangani dalam satu tahun, menurut jenis kelamin.',
    definitionEn:
      'Number of children aged 12 to under 18 suspected of a criminal offence (Law 11/2012 on the Juvenile Criminal Justice System) whose cases were handled during the year, by sex.',
    unit: 'orang',
    group: 'kekerasan_perempuan_anak',
    periodicity: 'year',
    source: 'administrative',
    sourceNote: 'Balai Pemasyarakatan dan Polresta (dihimpun DP3A)',
    aggregation: 'sum',
    dimensions: [],
    sexes: ['P', 'L'],
    decimals: 0,
    responsibleOpd: 'DP3A',
  },
];

import type { IndicatorDef } from '../catalog-data.js';

/** BPBD's yearly counts from its disaster event reports, all by sex. */
function bpbdCount(
  code: string,
  nameId: string,
  nameEn: string,
  defId: string,
  defEn: string,
  dimensions: string[],
  sourceNote = 'BPBD, laporan kejadian dan kaji cepat bencana',
): IndicatorDef {
  return {
    code,
    nameId,
    nameEn,
    definitionId: defId,
    definitionEn: defEn,
    unit: 'orang',
    group: 'kebencanaan',
    periodicity: 'year',
    source: 'administrative',
    sourceNote,
    aggregation: 'sum',
    dimensions,
    sexes: ['P', 'L'],
    decimals: 0,
    responsibleOpd: 'BPBD',
  };
}

export const KEBENCANAAN: IndicatorDef[] = [
  bpbdCount(
    'BCN_TERDAMPAK',
    'Jumlah penduduk terdampak bencana',
    'People affected by disasters',
    'Banyaknya orang yang terkena dampak langsung bencana (cedera, kehilangan atau kerusakan tempat tinggal, harta benda, atau mata pencaharian) dalam satu tahun, menurut jenis kelamin dan siklus hidup.',
    'Number of people directly affected by disasters (injured, or whose home, property or livelihood was lost or damaged) during the year, by sex and life stage.',
    ['siklus_hidup'],
  ),
  bpbdCount(
    'BCN_PENGUNGSI',
    'Jumlah pengungsi akibat bencana',
    'People displaced by disasters',
    'Banyaknya orang yang terpaksa meninggalkan tempat tinggalnya untuk sementara waktu akibat bencana dalam satu tahun, menurut jenis kelamin dan siklus hidup; bagian dari penduduk terdampak bencana.',
    'Number of people forced to leave their homes temporarily because of disasters during the year, by sex and life stage; a subset of the people affected.',
    ['siklus_hidup'],
  ),
  bpbdCount(
    'BCN_MENINGGAL_HILANG',
    'Jumlah korban meninggal dan hilang akibat bencana',
    'Deaths and missing persons due to disasters',
    'Banyaknya orang yang meninggal dunia atau dinyatakan hilang akibat bencana dalam satu tahun, menurut jenis kelamin.',
    'Number of people who died or went missing because of disasters during the year, by sex.',
    [],
  ),
  bpbdCount(
    'BCN_RELAWAN_TERLATIH',
    'Jumlah relawan penanggulangan bencana yang dilatih',
    'Disaster volunteers trained',
    'Banyaknya relawan penanggulangan bencana (termasuk anggota forum pengurangan risiko bencana dan kelurahan tangguh bencana) yang menyelesaikan pelatihan yang diselenggarakan atau difasilitasi BPBD dalam satu tahun, menurut jenis kelamin.',
    'Number of disaster volunteers (including members of disaster risk reduction forums and disaster-resilient village teams) who completed training run or facilitated by BPBD during the year, by sex.',
    [],
    'BPBD, laporan pelatihan relawan',
  ),
  bpbdCount(
    'BCN_PENERIMA_HUNTAP',
    'Jumlah kepala keluarga penerima hunian tetap pascabencana',
    'Heads of family receiving permanent post-disaster housing',
    'Banyaknya kepala keluarga penyintas bencana yang menerima serah terima hunian tetap (huntap) dalam satu tahun, menurut jenis kelamin kepala keluarga.',
    'Number of heads of disaster-survivor families handed a permanent house (huntap) during the year, by sex of the head of family.',
    [],
    'BPBD dan dinas perumahan, data serah terima huntap',
  ),
];

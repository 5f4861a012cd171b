/**
 * The built-in Rakor Pokja PUG template. Its six intended outcomes are those a Rakor Pokja PUG
 * announced in Banjarbaru on 9 Dec 2024 (seed 002; ../shared/domain/research-2.md §3.3 calls
 * them a usable default), quoted as the seed gives them with "Banjarbaru" left out of the
 * fourth so that any region can use it. No official agenda format was found (research-2 §3.3,
 * UNVERIFIED), so the agenda is the order of business the seeds report.
 */
import type { MeetingKind } from './constants.js';

export interface MeetingTemplateContent {
  name: string;
  kind: MeetingKind;
  title: string;
  theme: string;
  agenda: { id: string; text: string }[];
  intendedOutcomes: { id: string; text: string }[];
  trainingHours: number | null;
}

export const BUILT_IN_RAKOR_TEMPLATE_ID = 'rakor-pokja-pug';

export const RAKOR_POKJA_TEMPLATE: MeetingTemplateContent = {
  name: 'Rakor Pokja PUG (bawaan)',
  kind: 'rakor',
  title: 'Rapat Koordinasi Pokja PUG',
  theme: 'Sinergi untuk Integrasi Perspektif Gender dalam Perencanaan Pembangunan Daerah',
  agenda: [
    { id: 'a1', text: 'Pembukaan dan arahan Ketua Pokja PUG' },
    { id: 'a2', text: 'Paparan capaian dan evaluasi pelaksanaan PUG' },
    { id: 'a3', text: 'Tindak lanjut hasil rapat sebelumnya' },
    { id: 'a4', text: 'Diskusi persiapan Renja SKPD yang responsif gender' },
    { id: 'a5', text: 'Kesepakatan dan rencana tindak lanjut' },
  ],
  intendedOutcomes: [
    {
      id: 'o1',
      text: 'Terwujudnya sinergi antar SKPD untuk mendorong kesetaraan gender dalam perencanaan pembangunan.',
    },
    {
      id: 'o2',
      text: 'Tersusunnya langkah strategis untuk mendukung penyusunan Renja SKPD dan RPJMD berbasis gender.',
    },
    {
      id: 'o3',
      text: 'Peningkatan kapasitas aparatur dalam memahami dan mengimplementasikan perspektif gender.',
    },
    { id: 'o4', text: 'Teridentifikasinya tantangan dan solusi dalam penerapan PUG.' },
    { id: 'o5', text: 'Terbentuknya kolaborasi lintas sektor untuk mempercepat implementasi PUG.' },
    {
      id: 'o6',
      text: 'Meningkatnya kesadaran tentang pentingnya kesetaraan gender di berbagai aspek pembangunan.',
    },
  ],
  trainingHours: null,
};

/**
 * Ids of agenda items and outcomes: kept when the caller sends them (so the minutes keep their
 * notes across edits), given the next free `a<n>` / `o<n>` otherwise.
 */
export function withItemIds(
  items: { id?: string; text: string }[],
  prefix: 'a' | 'o',
): { id: string; text: string }[] {
  const used = new Set(items.map((i) => i.id).filter((id): id is string => !!id));
  let n = 1;
  return items.map((item) => {
    if (item.id && used.has(item.id)) {
      used.delete(item.id); // a repeated id gets a new one
      return { id: item.id, text: item.text };
    }
    while (used.has(`${prefix}${n}`) || items.some((i) => i.id === `${prefix}${n}`)) n += 1;
    const id = `${prefix}${n}`;
    n += 1;
    return { id, text: item.text };
  });
}

/**
 * What an institution's profile still lacks: the checklist on its page and the institution
 * account's task on its home page ("complete your profile"). Only what the directory and the
 * standardisation need; a free-text description may stay empty.
 */
export const PROFILE_GAPS = [
  'contact',
  'kecamatan',
  'leader',
  'legal_entity',
  'description',
  'logo',
] as const;
export type ProfileGap = (typeof PROFILE_GAPS)[number];

export interface ProfileFacts {
  phone: string | null;
  email: string | null;
  kecamatanCode: string | null;
  ownerKind: 'pemerintah' | 'masyarakat';
  legalEntityNumber: string | null;
  legalEntityDate: string | null;
  description: string;
  hasLogo: boolean;
  leaders: number;
}

export function profileGaps(p: ProfileFacts): ProfileGap[] {
  const gaps: ProfileGap[] = [];
  if (!p.phone && !p.email) gaps.push('contact');
  if (!p.kecamatanCode) gaps.push('kecamatan');
  if (p.leaders === 0) gaps.push('leader');
  if (p.ownerKind === 'masyarakat' && (!p.legalEntityNumber || !p.legalEntityDate)) gaps.push('legal_entity');
  if (p.description.trim() === '') gaps.push('description');
  if (!p.hasLogo) gaps.push('logo');
  return gaps;
}

/**
 * The content of a Gender Analysis Pathway (GAP) worksheet, its Gender Budget Statement (GBS)
 * and its gender-responsive terms of reference (TOR, Indonesian: KAK — Kerangka Acuan Kegiatan).
 * Sources for the steps and fields: docs/pprg.md.
 *
 * Every list item carries a stable `id` (chosen by the client, a short random string) so that
 * other steps can point at it: step 7 actions name the step 3–5 factors and causes they
 * address, step 8 baselines name the step 2 data they come from, GBS components name their
 * step 7 action.
 */

/** Step 3 aspects: akses, partisipasi, kontrol, manfaat (APKM). */
export const GAP_ASPECTS = ['akses', 'partisipasi', 'kontrol', 'manfaat'] as const;
export type GapAspect = (typeof GAP_ASPECTS)[number];

export const GAP_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type GapStep = (typeof GAP_STEPS)[number];

/** The worksheet's column groups, as printed on the official matrix. */
export const GAP_STEP_GROUPS = [
  { key: 'kebijakan', steps: [1] },
  { key: 'isuGender', steps: [2, 3, 4, 5] },
  { key: 'rencanaKeDepan', steps: [6, 7] },
  { key: 'pengukuranHasil', steps: [8, 9] },
] as const;

/** Step 2: a live value from the data terpilah catalog (not retyped; resolved when read). */
export interface GapDataRef {
  id: string;
  indicatorCode: string;
  year: number;
  /** Why this figure matters for the activity. */
  note: string;
}

export interface GapFactor {
  id: string;
  aspect: GapAspect;
  text: string;
}

export interface GapCause {
  id: string;
  text: string;
}

export interface GapAction {
  id: string;
  text: string;
  /** What the action delivers (keluaran). */
  output: string;
  /** Ids of the step 3 factors and step 4–5 causes this action addresses. */
  addresses: string[];
}

export interface GapBaseline {
  id: string;
  /** The step 2 data item this baseline is taken from. */
  dataRefId: string;
  text: string;
}

export interface GapIndicator {
  id: string;
  kind: 'output' | 'outcome';
  text: string;
  target: string;
  unit: string;
}

export interface GapContent {
  step1: { policy: string; objective: string };
  step2: { data: GapDataRef[]; qualitative: string };
  step3: { factors: GapFactor[] };
  step4: { causes: GapCause[] };
  step5: { causes: GapCause[] };
  step6: { objective: string };
  step7: { actions: GapAction[] };
  step8: { baselines: GapBaseline[] };
  step9: { indicators: GapIndicator[] };
}

/** GBS rencana aksi component: a stage of the activity with its budget (Rupiah, exact string). */
export interface GbsComponent {
  id: string;
  /** The step 7 action it came from, or null for a component added on the GBS itself. */
  actionId: string | null;
  name: string;
  budget: string;
}

export interface GbsContent {
  outputIndicator: string;
  outputTarget: string;
  /** Analisa situasi, drafted from steps 2–5. */
  situationAnalysis: string;
  components: GbsComponent[];
  /** Dampak/hasil, drafted from step 9's outcome indicators. */
  outcome: string;
}

export interface TorScheduleItem {
  id: string;
  activity: string;
  /** Months of the budget year, 1–12. */
  months: number[];
}

export interface TorContent {
  legalBasis: string;
  background: string;
  objective: string;
  beneficiaries: { women: string; men: string; description: string };
  method: string;
  location: string;
  implementer: string;
  schedule: TorScheduleItem[];
}

export function emptyGapContent(): GapContent {
  return {
    step1: { policy: '', objective: '' },
    step2: { data: [], qualitative: '' },
    step3: { factors: [] },
    step4: { causes: [] },
    step5: { causes: [] },
    step6: { objective: '' },
    step7: { actions: [] },
    step8: { baselines: [] },
    step9: { indicators: [] },
  };
}

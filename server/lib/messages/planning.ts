/** Messages of PPRG planning: nomenclature, sub-kegiatan and their budgets, ARG tags, budget import, RPJMD/Renstra, the ARG recap. */
export const planningId = {};

export const planningEn: Record<keyof typeof planningId, string> = {};

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  evidenceLinkBody,
  liveScore,
  queueSchema,
  recapSchema,
  regionEvaluation,
  resultsSchema,
  worksheetDetail,
} from '../../../../api/evaluation.ts';
import type { CycleList } from '../../../../api/evaluation-instruments.ts';
import type { EvidenceCandidate } from '../../../../domain/evaluation/evidence-kinds.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the evaluation API (api/evaluation.ts, docs/api-evaluation.md). */
export type RegionEvaluation = z.infer<typeof regionEvaluation>;
export type WorksheetDetail = z.infer<typeof worksheetDetail>;
export type Question = WorksheetDetail['questions'][number];
export type Answer = WorksheetDetail['answers'][number];
export type Link = WorksheetDetail['links'][number];
export type Decision = WorksheetDetail['decisions'][number];
export type LiveScore = z.infer<typeof liveScore>;
export type Queue = z.infer<typeof queueSchema>;
export type Recap = z.infer<typeof recapSchema>;
export type Results = z.infer<typeof resultsSchema>;
export type LinkBody = z.input<typeof evidenceLinkBody>;
export type Proposal = EvidenceCandidate & { linked: boolean };

const enc = encodeURIComponent;
const ws = (id: string) => `/evaluation-worksheets/${enc(id)}`;

export function useRegionEvaluation(regionCode: string) {
  return useQuery({
    queryKey: ['evaluation', regionCode],
    queryFn: ({ signal }) => apiRequest<RegionEvaluation>(`${regionPath(regionCode)}/evaluation`, { signal }),
  });
}

export function useStartWorksheet(regionCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (cycleId: string) =>
      apiRequest<{ id: string }>(`${regionPath(regionCode)}/evaluation`, {
        method: 'POST',
        body: { cycleId },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['evaluation'] }),
  });
}

/** A computed indicator's figure (% OPD with focal-point SK, % ARG, …) and the line saying where it comes from. */
export type ComputedFigure = NonNullable<EvidenceCandidate['figure']>;

/**
 * The region's computed indicators of the cycle's year by evidence kind
 * (GET /api/regions/:code/evaluation-evidence/indicators): a question asking for such a kind
 * shows the figure and, when unanswered, starts from it.
 */
export function useComputedFigures(regionCode: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation-evidence', 'indicators', regionCode, year],
    queryFn: ({ signal }) =>
      apiRequest<{ candidates: EvidenceCandidate[] }>(
        `${regionPath(regionCode)}/evaluation-evidence/indicators`,
        {
          query: { year: String(year) },
          signal,
        },
      ),
    select: (data) =>
      new Map(data.candidates.flatMap((c) => (c.figure ? [[c.link.kind, c.figure] as const] : []))),
    enabled,
    staleTime: 60_000,
  });
}

export function useWorksheet(id: string) {
  return useQuery({
    queryKey: ['evaluation-worksheet', id],
    queryFn: ({ signal }) => apiRequest<WorksheetDetail>(ws(id), { signal }),
  });
}

/** Any write on a worksheet (answer, link, decision, submit, close…): the worksheet is read again. */
export function useWorksheetWrite(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      method,
      path,
      body,
    }: {
      method: 'POST' | 'PUT' | 'DELETE';
      path: string;
      body?: unknown;
    }) => apiRequest<unknown>(`${ws(id)}${path}`, { method, body }),
    onSuccess: () =>
      Promise.all(
        [
          'evaluation-worksheet',
          'evaluation-results',
          'evaluation-queue',
          'evaluation-recap',
          'evaluation',
        ].map((k) => qc.invalidateQueries({ queryKey: [k] })),
      ),
  });
}

export function useProposals(id: string, questionCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation-worksheet', id, 'proposals', questionCode],
    enabled,
    queryFn: ({ signal }) =>
      apiRequest<{ items: Proposal[] }>(`${ws(id)}/answers/${enc(questionCode)}/proposals`, { signal }),
  });
}

export function useResults(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['evaluation-results', id],
    enabled,
    queryFn: ({ signal }) => apiRequest<Results>(`${ws(id)}/results`, { signal }),
  });
}

export function useCycles() {
  return useQuery({
    queryKey: ['evaluation-cycles'],
    queryFn: ({ signal }) => apiRequest<CycleList>('/evaluation-cycles', { signal }),
  });
}

export function useQueue(scopeCode: string, cycleId: string | undefined) {
  return useQuery({
    queryKey: ['evaluation-queue', scopeCode, cycleId],
    queryFn: ({ signal }) =>
      apiRequest<Queue>(`${regionPath(scopeCode)}/evaluation/queue`, { signal, query: { cycleId } }),
  });
}

export function useRecap(scopeCode: string, cycleId: string | undefined) {
  return useQuery({
    queryKey: ['evaluation-recap', scopeCode, cycleId],
    enabled: !!cycleId,
    queryFn: ({ signal }) =>
      apiRequest<Recap>(`${regionPath(scopeCode)}/evaluation/recap`, { signal, query: { cycleId } }),
  });
}

/** B's upload route: the document goes to the region's evidence repository, then is linked. */
export const evidenceUploadUrl = (regionCode: string) => `/api${regionPath(regionCode)}/evaluation-evidence`;

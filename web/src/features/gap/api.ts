import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GapContent, GbsContent, TorContent } from '../../../../domain/planning/gap-content.ts';
import type { DocumentDiff } from '../../../../domain/planning/gap-diff.ts';
import type { Completeness } from '../../../../domain/planning/gap-rules.ts';
import { apiRequest, regionPath } from '../../app/api.ts';
import type { Page } from '../../app/types.ts';
import type { GapStatus } from '../planning/arg.ts';

/** Shapes of server/modules/gap (docs/api-planning.md, "GAP documents and review"). */
export type { GapStatus };
/** '1'..'9' for a GAP step, 'gbs', 'tor'; null is the whole document. */
export type ReviewTarget = string | null;
export type ReviewKind = 'submit' | 'comment' | 'revision' | 'approve';

export interface ReviewEvent {
  id: string;
  submission: number;
  kind: ReviewKind;
  target: ReviewTarget;
  body: string;
  resolved: boolean;
  authorName: string;
  authorRole: string;
  at: string;
}

/** A step 2 reference read from the catalog's live values (`missing` when nothing is stored). */
export interface DataFigure {
  refId: string;
  indicatorCode: string;
  indicatorName: string;
  indicatorNameEn: string;
  unit: string;
  year: number;
  female: number | null;
  male: number | null;
  total: number | null;
  source: string;
  /** The least advanced status among the values read. */
  status: 'draft' | 'submitted' | 'verified' | null;
  missing: boolean;
}

type Named = { code: string; name: string } | null;

export interface GapListItem {
  id: string;
  regionCode: string;
  year: number;
  status: GapStatus;
  submission: number;
  version: number;
  isDemo: boolean;
  subActivity: {
    id: string;
    code: string;
    name: string;
    outputIndicator: string;
    target: string;
    budget: string;
  };
  opd: { id: string; name: string; shortName: string };
  openComments: number;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
}

/** GET /api/gap/:id (server/modules/gap/schemas.ts `gapDocument`). */
export interface GapView extends GapListItem {
  gap: GapContent;
  gbs: GbsContent | null;
  tor: TorContent | null;
  nomenclature: { urusan: Named; bidang: Named; program: Named; kegiatan: Named; subKegiatan: Named };
  dataValues: DataFigure[];
  completeness: Completeness;
  gbsTotal: string | null;
  events: ReviewEvent[];
  updatedBy: { id: string | null; name: string } | null;
  canEdit: boolean;
  canReview: boolean;
  /** Who made the submission being decided, and whether the region lets them approve it too. */
  lastSubmittedBy: { id: string | null; name: string } | null;
  selfApprovalAllowed: boolean;
}

export interface GapVersion {
  submission: number;
  submittedAt: string;
  submittedByName: string;
  /** The reviewer's decision on this submission, if any yet. */
  decision: 'revision' | 'approve' | null;
}

export interface CompareResult extends DocumentDiff {
  /** The submission compared from, and the one (or the current draft) compared to. */
  from: number;
  to: number | 'current';
}

export interface GapSave {
  version: number;
  gap?: GapContent;
  gbs?: GbsContent;
  tor?: TorContent;
}

const enc = encodeURIComponent;
export const gapKey = (id: string) => ['gap', id] as const;

export function fetchGap(id: string, signal?: AbortSignal): Promise<GapView> {
  return apiRequest<GapView>(`/gap/${enc(id)}`, { signal });
}

export function useGapDocument(id: string) {
  return useQuery({
    queryKey: gapKey(id),
    queryFn: ({ signal }) => fetchGap(id, signal),
    // A 404 (or 403) is an answer, not a hiccup worth repeating.
    retry: (count, err) => count < 2 && !(err as { status?: number }).status,
  });
}

export interface GapQueueParams {
  year?: number;
  status?: GapStatus;
  opdId?: string;
  page: number;
  pageSize: number;
}

export function useGapQueue(regionCode: string, params: GapQueueParams) {
  return useQuery({
    queryKey: ['gap-queue', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<Page<GapListItem>>(`${regionPath(regionCode)}/gap`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useGapVersions(id: string) {
  return useQuery({
    queryKey: [...gapKey(id), 'versions'],
    queryFn: ({ signal }) => apiRequest<GapVersion[]>(`/gap/${enc(id)}/versions`, { signal }),
  });
}

export function useGapCompare(id: string, from: number | null, to: number | 'current' | null) {
  return useQuery({
    queryKey: [...gapKey(id), 'compare', from, to],
    queryFn: ({ signal }) =>
      apiRequest<CompareResult>(`/gap/${enc(id)}/compare`, { query: { from, to }, signal }),
    enabled: from !== null && to !== null,
  });
}

export function saveGap(id: string, body: GapSave): Promise<GapView> {
  return apiRequest<GapView>(`/gap/${enc(id)}`, { method: 'PUT', body });
}

/** Writes that answer with the whole document put it straight in the cache. */
function useDocumentAction<B>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => apiRequest<GapView>(`/gap/${enc(id)}${path}`, { method: 'POST', body }),
    onSuccess: (view) => {
      queryClient.setQueryData(gapKey(id), view);
      void queryClient.invalidateQueries({ queryKey: [...gapKey(id), 'versions'] });
      void queryClient.invalidateQueries({ queryKey: ['gap-queue'] });
    },
  });
}

export const useDraftGbs = (id: string) => useDocumentAction<{ version: number }>(id, '/gbs');
export const useDraftTor = (id: string) => useDocumentAction<{ version: number }>(id, '/tor');
export const useSubmitGap = (id: string) => useDocumentAction<{ version: number }>(id, '/submit');
export const useDecision = (id: string) =>
  useDocumentAction<{ decision: 'revision' | 'approve'; body: string; target?: string | null }>(
    id,
    '/decision',
  );

/** Comments change only the trail; the document is read again to show them. */
export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { target: ReviewTarget; body: string }) =>
      apiRequest<unknown>(`/gap/${enc(id)}/comments`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gapKey(id), exact: true }),
  });
}

export function useResolveComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, resolved }: { eventId: string; resolved: boolean }) =>
      apiRequest<unknown>(`/gap/${enc(id)}/comments/${enc(eventId)}`, {
        method: 'PATCH',
        body: { resolved },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gapKey(id), exact: true }),
  });
}

export function exportUrl(id: string, doc: 'gap' | 'gbs' | 'tor', format: 'pdf' | 'xlsx'): string {
  return `/api/gap/${enc(id)}/export/${doc}.${format}`;
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GapContent, GbsContent, TorContent } from '../../../../domain/planning/gap-content.ts';
import type { DocumentDiff } from '../../../../domain/planning/gap-diff.ts';
import type { Completeness } from '../../../../domain/planning/gap-rules.ts';
import { apiRequest } from '../../app/api.ts';

/** Shapes of server/modules/gap (docs/api-planning.md, "GAP documents and review"). */
export type GapStatus = 'draft' | 'submitted' | 'revision' | 'approved';
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

/** A step 2 reference resolved to the catalog's live figures (null where nothing is stored). */
export interface ResolvedData {
  id: string;
  indicatorCode: string;
  year: number;
  name: string | null;
  unit: string | null;
  source: string | null;
  female: string | null;
  male: string | null;
  total: string | null;
}

export interface GapView {
  id: string;
  regionCode: string;
  year: number;
  status: GapStatus;
  version: number;
  submission: number;
  isDemo: boolean;
  opd: { id: string; name: string; shortName: string };
  subActivity: {
    id: string;
    code: string;
    name: string;
    outputIndicator: string;
    target: string;
    budget: string;
    program: { code: string; name: string } | null;
    kegiatan: { code: string; name: string } | null;
  };
  gap: GapContent;
  gbs: GbsContent | null;
  tor: TorContent | null;
  resolved: ResolvedData[];
  completeness: Completeness;
  events: ReviewEvent[];
  canEdit: boolean;
  canReview: boolean;
  updatedAt: string;
  updatedByName: string | null;
  submittedAt: string | null;
}

export interface GapListItem {
  id: string;
  year: number;
  status: GapStatus;
  submission: number;
  submittedAt: string | null;
  updatedAt: string;
  openComments: number;
  opd: { id: string; name: string; shortName: string };
  subActivity: { id: string; code: string; name: string; budget: string };
}

export interface GapVersion {
  submission: number;
  submittedAt: string;
  submittedByName: string;
}

export interface CompareResult extends DocumentDiff {
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

export function useGapQueue(regionCode: string, filters: { year?: number; status?: string; opdId?: string }) {
  return useQuery({
    queryKey: ['gap-queue', regionCode, filters],
    queryFn: ({ signal }) =>
      apiRequest<{ items: GapListItem[] }>(`/regions/${enc(regionCode)}/gap`, { query: filters, signal }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useGapVersions(id: string) {
  return useQuery({
    queryKey: [...gapKey(id), 'versions'],
    queryFn: ({ signal }) => apiRequest<{ items: GapVersion[] }>(`/gap/${enc(id)}/versions`, { signal }),
    select: (data) => data.items,
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

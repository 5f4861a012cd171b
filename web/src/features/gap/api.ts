import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { documentExportParams } from '../../../../api/documents.ts';
import type {
  commentBody,
  compareQuery,
  compareResult,
  dataFigure,
  decisionBody,
  gapDocument,
  gapListItem,
  gapPage,
  listGapQuery,
  resolveBody,
  reviewEvent,
  saveGapBody,
  saveHistory,
  versionBody,
  versionItem,
  versionList,
} from '../../../../api/gap.ts';
import { apiRequest, regionPath } from '../../app/api.ts';
import type { GapStatus } from '../planning/arg.ts';

/** Shapes of the GAP API (api/gap.ts). */
export type { GapStatus };
export type GapView = z.infer<typeof gapDocument>;
export type GapListItem = z.infer<typeof gapListItem>;
export type ReviewEvent = z.infer<typeof reviewEvent>;
/** '1'..'9' for a GAP step, 'gbs', 'tor'; null is the whole document. */
export type ReviewTarget = ReviewEvent['target'];
export type ReviewKind = ReviewEvent['kind'];
/** What a comment or a revision request is about: '1'..'9' for a GAP step, 'gbs', 'tor'. */
export type CommentTarget = NonNullable<z.input<typeof commentBody>['target']>;
/** A step 2 reference read from the catalog's live values (`missing` when nothing is stored). */
export type DataFigure = z.infer<typeof dataFigure>;
export type GapVersion = z.infer<typeof versionItem>;
/** The submission compared from, and the one (or the current draft) compared to, with the changes. */
export type CompareResult = z.infer<typeof compareResult>;
export type GapSave = z.input<typeof saveGapBody>;
export type GapQueueParams = z.infer<typeof listGapQuery>;
export type GapSaveHistory = z.infer<typeof saveHistory>;

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

export function useGapQueue(regionCode: string, params: GapQueueParams) {
  return useQuery({
    queryKey: ['gap-queue', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof gapPage>>(`${regionPath(regionCode)}/gap`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useGapVersions(id: string) {
  return useQuery({
    queryKey: [...gapKey(id), 'versions'],
    queryFn: ({ signal }) => apiRequest<z.infer<typeof versionList>>(`/gap/${enc(id)}/versions`, { signal }),
  });
}

/** The automatic saves, read when their list is opened; saves go on while editing, so always afresh. */
export function useGapSaves(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...gapKey(id), 'saves'],
    queryFn: ({ signal }) => apiRequest<GapSaveHistory>(`/gap/${enc(id)}/saves`, { signal }),
    enabled,
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

type CompareTo = z.infer<typeof compareQuery>['to'];

export function useGapCompare(id: string, from: number | null, to: CompareTo | null) {
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

type VersionBody = z.input<typeof versionBody>;
export const useDraftGbs = (id: string) => useDocumentAction<VersionBody>(id, '/gbs');
export const useDraftTor = (id: string) => useDocumentAction<VersionBody>(id, '/tor');
export const useSubmitGap = (id: string) => useDocumentAction<VersionBody>(id, '/submit');
export const useDecision = (id: string) => useDocumentAction<z.input<typeof decisionBody>>(id, '/decision');

/** Comments change only the trail; the document is read again to show them. */
export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof commentBody>) =>
      apiRequest<ReviewEvent>(`/gap/${enc(id)}/comments`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gapKey(id), exact: true }),
  });
}

export function useResolveComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, resolved }: { eventId: string } & z.input<typeof resolveBody>) =>
      apiRequest<ReviewEvent>(`/gap/${enc(id)}/comments/${enc(eventId)}`, {
        method: 'PATCH',
        body: { resolved },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gapKey(id), exact: true }),
  });
}

type DocumentExport = z.infer<typeof documentExportParams>;

export function exportUrl(id: string, doc: DocumentExport['doc'], format: DocumentExport['format']): string {
  return `/api/gap/${enc(id)}/export/${doc}.${format}`;
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createFollowUpBody,
  followUpBoard,
  followUpDetail,
  followUpSchema,
  meetingFollowUps,
  previousOpenFollowUps,
  updateFollowUpBody,
} from '../../../../api/follow-ups.ts';
import type { MeetingKind } from '../../../../domain/meetings/constants.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the follow-ups API (api/follow-ups.ts, docs/api-follow-ups.md). */
export type FollowUp = z.infer<typeof followUpSchema>;
export type FollowUpDetail = z.infer<typeof followUpDetail>;
export type MeetingFollowUps = z.infer<typeof meetingFollowUps>;
export type FollowUpBoard = z.infer<typeof followUpBoard>;
export type PreviousOpen = z.infer<typeof previousOpenFollowUps>;
export type CreateFollowUp = z.input<typeof createFollowUpBody>;
export type UpdateFollowUp = z.input<typeof updateFollowUpBody>;

export interface BoardFilters {
  status?: string | null;
  ownerOpdId?: string | null;
  overdue?: boolean;
  meetingId?: string | null;
  mine?: boolean;
  page: number;
  pageSize: number;
}

const enc = encodeURIComponent;

export const evidenceUploadUrl = (id: string) => `/api/follow-ups/${enc(id)}/evidence`;
export const evidenceDownloadUrl = (id: string, evidenceId: string) =>
  `/api/follow-ups/${enc(id)}/evidence/${enc(evidenceId)}`;

/** Anything that changes a follow-up is read again everywhere it shows. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['meeting-follow-ups', 'follow-up-board', 'follow-up', 'previous-open-follow-ups', 'home'].map((k) =>
        queryClient.invalidateQueries({ queryKey: [k] }),
      ),
    );
}

export function useMeetingFollowUps(meetingId: string) {
  return useQuery({
    queryKey: ['meeting-follow-ups', meetingId],
    queryFn: ({ signal }) =>
      apiRequest<MeetingFollowUps>(`/meetings/${enc(meetingId)}/follow-ups`, { signal }),
  });
}

export function useFollowUpBoard(regionCode: string, filters: BoardFilters) {
  return useQuery({
    queryKey: ['follow-up-board', regionCode, filters],
    queryFn: ({ signal }) =>
      apiRequest<FollowUpBoard>(`${regionPath(regionCode)}/follow-ups`, {
        query: {
          status: filters.status,
          ownerOpdId: filters.ownerOpdId,
          overdue: filters.overdue ? 'true' : undefined,
          meetingId: filters.meetingId,
          mine: filters.mine ? 'true' : undefined,
          page: filters.page,
          pageSize: filters.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFollowUp(id: string | null) {
  return useQuery({
    queryKey: ['follow-up', id],
    queryFn: ({ signal }) => apiRequest<FollowUpDetail>(`/follow-ups/${enc(id ?? '')}`, { signal }),
    enabled: !!id,
  });
}

export function useCreateFollowUp(meetingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateFollowUp) =>
      apiRequest<FollowUpDetail>(`/meetings/${enc(meetingId)}/follow-ups`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useUpdateFollowUp() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateFollowUp }) =>
      apiRequest<FollowUpDetail>(`/follow-ups/${enc(id)}`, { method: 'PATCH', body }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteFollowUpEvidence() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, evidenceId }: { id: string; evidenceId: string }) =>
      apiRequest<{ ok: true }>(`/follow-ups/${enc(id)}/evidence/${enc(evidenceId)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
  });
}

export function useRefreshFollowUps() {
  return useRefresh();
}

/** The open follow-ups of the previous meeting of the same kind: of a saved meeting, or for a date. */
export function fetchPreviousOpen(
  target: { meetingId: string } | { regionCode: string; kind: MeetingKind; before: string },
) {
  if ('meetingId' in target) {
    return apiRequest<PreviousOpen>(`/meetings/${enc(target.meetingId)}/previous-open-follow-ups`);
  }
  return apiRequest<PreviousOpen>(`${regionPath(target.regionCode)}/follow-ups/previous-open`, {
    query: { kind: target.kind, before: target.before },
  });
}

export interface PersonOption {
  id: string;
  fullName: string;
  position: string;
  opdName: string | null;
  institution: string;
}

/** People of the region's PUG registry matching `q` (the kelembagaan picker API). */
export function usePeopleSearch(regionCode: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['people-picker', regionCode, q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: PersonOption[] }>(`${regionPath(regionCode)}/people`, {
        query: { q, limit: 20 },
        signal,
      }),
    select: (d) => d.items,
    enabled,
    placeholderData: keepPreviousData,
  });
}

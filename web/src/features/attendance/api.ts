import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AttendanceListDto, WriteAnswerDto, paperRow } from '../../../../api/attendance.ts';
import { apiRequest } from '../../app/api.ts';

/** Shapes of the attendance API (api/attendance.ts, docs/api-attendance.md). */
export type AttendanceList = AttendanceListDto;
export type Attendee = AttendanceListDto['items'][number];
export type PaperRowInput = z.input<typeof paperRow>;

const enc = encodeURIComponent;
const key = (meetingId: string, day: string | null) => ['attendance', meetingId, day] as const;

/** The live list: polled every 5 s while the tab is open (people sign in on their phones). */
export function useAttendance(meetingId: string, day: string | null) {
  return useQuery({
    queryKey: key(meetingId, day),
    queryFn: ({ signal }) =>
      apiRequest<AttendanceList>(`/meetings/${enc(meetingId)}/attendance`, { query: { day }, signal }),
    refetchInterval: 5000,
    refetchIntervalInBackground: false,
  });
}

function useAttendanceWrite<B, R>(meetingId: string, request: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['attendance', meetingId] }),
  });
}

export function useTickInvitees(meetingId: string) {
  return useAttendanceWrite(meetingId, (body: { day: string; personIds: string[] }) =>
    apiRequest<WriteAnswerDto>(`/meetings/${enc(meetingId)}/attendance/invitees`, { method: 'POST', body }),
  );
}

export function useAddPaperRows(meetingId: string) {
  return useAttendanceWrite(meetingId, (body: { day: string; rows: PaperRowInput[] }) =>
    apiRequest<WriteAnswerDto>(`/meetings/${enc(meetingId)}/attendance/paper`, { method: 'POST', body }),
  );
}

export function useErase(meetingId: string) {
  return useAttendanceWrite(meetingId, (id: string) =>
    apiRequest<Attendee>(`/attendance/${enc(id)}/erase`, { method: 'POST' }),
  );
}

export function useRemoveAttendance(meetingId: string) {
  return useAttendanceWrite(meetingId, (id: string) =>
    apiRequest(`/attendance/${enc(id)}`, { method: 'DELETE' }),
  );
}

export function useDeleteScan(meetingId: string) {
  return useAttendanceWrite(meetingId, (id: string) =>
    apiRequest(`/attendance-scans/${enc(id)}`, { method: 'DELETE' }),
  );
}

export const signatureUrl = (id: string) => `/api/attendance/${enc(id)}/signature`;
export const scanUrl = (id: string) => `/api/attendance-scans/${enc(id)}`;
export const scanUploadUrl = (meetingId: string) => `/api/meetings/${enc(meetingId)}/attendance/scans`;
export function exportUrl(meetingId: string, format: 'pdf' | 'xlsx', day: string | null, personal: boolean) {
  const q = new URLSearchParams();
  if (day) q.set('day', day);
  if (!personal) q.set('personal', '0');
  const s = q.toString();
  return `/api/meetings/${enc(meetingId)}/attendance.${format}${s ? `?${s}` : ''}`;
}

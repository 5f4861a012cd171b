import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CycleInput,
  CycleList,
  EvaluationCycle,
  ImportedInstrument,
  InstrumentDetail,
  InstrumentSummary,
} from '../../../../api/evaluation-instruments.ts';
import { apiRequest } from '../../app/api.ts';

/** Shapes of the evaluation-instruments API (api/evaluation-instruments.ts, docs/api-evaluation-instruments.md). */
export type { CycleInput, EvaluationCycle, InstrumentDetail, InstrumentSummary };

const enc = encodeURIComponent;
const KEYS = ['evaluation-instruments', 'evaluation-instrument', 'evaluation-cycles'];

export const templateUrl = '/api/evaluation-instruments/template';
export const exportUrl = (id: string, format: 'json' | 'xlsx') =>
  `/api/evaluation-instruments/${enc(id)}/export?format=${format}`;

function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all(KEYS.map((k) => qc.invalidateQueries({ queryKey: [k] })));
}

export function useInstruments() {
  return useQuery({
    queryKey: ['evaluation-instruments'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: InstrumentSummary[]; canManage: boolean }>('/evaluation-instruments', { signal }),
  });
}

export function useInstrument(id: string | null) {
  return useQuery({
    queryKey: ['evaluation-instrument', id],
    enabled: !!id,
    queryFn: ({ signal }) => apiRequest<InstrumentDetail>(`/evaluation-instruments/${enc(id!)}`, { signal }),
  });
}

/** The XLSX upload (multipart); a refusal carries every bad row in its fields. */
function postFile(file: File): Promise<ImportedInstrument> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<ImportedInstrument>('/evaluation-instruments/import-file', {
    method: 'POST',
    body: form,
  });
}

/** Import (XLSX file or parsed JSON) and copy: each answers the version written. */
export function useInstrumentWrites() {
  const refresh = useRefresh();
  const importFile = useMutation({ mutationFn: postFile, onSuccess: () => refresh() });
  const importJson = useMutation({
    mutationFn: (def: unknown) =>
      apiRequest<ImportedInstrument>('/evaluation-instruments/import', { method: 'POST', body: def }),
    onSuccess: () => refresh(),
  });
  const copy = useMutation({
    mutationFn: (id: string) =>
      apiRequest<ImportedInstrument>(`/evaluation-instruments/${enc(id)}/versions`, { method: 'POST' }),
    onSuccess: () => refresh(),
  });
  return { importFile, importJson, copy };
}

export function useCycles() {
  return useQuery({
    queryKey: ['evaluation-cycles'],
    queryFn: ({ signal }) => apiRequest<CycleList>('/evaluation-cycles', { signal }),
  });
}

export function useCycleWrites() {
  const refresh = useRefresh();
  const onSuccess = () => refresh();
  return {
    create: useMutation({
      mutationFn: (body: CycleInput) =>
        apiRequest<EvaluationCycle>('/evaluation-cycles', { method: 'POST', body }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: CycleInput & { version: number } }) =>
        apiRequest<EvaluationCycle>(`/evaluation-cycles/${enc(id)}`, { method: 'PUT', body }),
      onSuccess,
    }),
    move: useMutation({
      mutationFn: ({ id, to, version }: { id: string; to: 'open' | 'close'; version: number }) =>
        apiRequest<EvaluationCycle & { notified?: number }>(`/evaluation-cycles/${enc(id)}/${to}`, {
          method: 'POST',
          body: { version },
        }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest(`/evaluation-cycles/${enc(id)}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  markAllReadSchema,
  notificationPage,
  preferencesBody,
  preferencesSchema,
  unreadCountSchema,
} from '../../../../api/notifications.ts';
import { apiRequest } from '../../app/api.ts';
import { currentLanguage } from '../../app/i18n.ts';

/** Shapes of the notifications API (api/notifications.ts). */
export type NotificationPage = z.infer<typeof notificationPage>;
export type NotificationItem = NotificationPage['items'][number];
export type NotificationPreferences = z.infer<typeof preferencesSchema>;
export type PreferencesInput = z.input<typeof preferencesBody>;

/** How often the bell asks for new notifications while a page is open. */
const BELL_REFRESH_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof unreadCountSchema>>('/notifications/unread-count', { signal }),
    refetchInterval: BELL_REFRESH_MS,
  });
}

export function useNotifications(params: { page: number; pageSize: number; unread: boolean }) {
  // Titles come rendered in the request's language: a language switch asks again.
  const lang = currentLanguage();
  return useQuery({
    queryKey: ['notifications', 'list', params, lang],
    queryFn: ({ signal }) =>
      apiRequest<NotificationPage>('/notifications', {
        query: { page: params.page, pageSize: params.pageSize, unread: params.unread ? '1' : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<{ ok: true }>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<z.infer<typeof markAllReadSchema>>('/notifications/read-all', { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: ['notification-preferences'],
    queryFn: ({ signal }) => apiRequest<NotificationPreferences>('/notifications/preferences', { signal }),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PreferencesInput) =>
      apiRequest<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body: input }),
    onSuccess: (data) => client.setQueryData(['notification-preferences'], data),
  });
}

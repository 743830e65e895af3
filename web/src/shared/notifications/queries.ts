// The notification centre's reads and writes, for the console's bell and list and the phone's 消息:
// the unread count (refreshed every 30 s while a screen is open), my list a page at a time, mark
// read, mark all read, and my delivery preferences.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call, http } from '../../api/client.ts';

export const NOTIFY_KEY = ['notifications'] as const;
const PAGE_SIZE = 20;

export function useUnreadCount(enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...NOTIFY_KEY, 'unread'],
    queryFn: () => call(http.GET('/api/notifications/unread-count')).then((r) => r.data.unread),
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}

export function useNotifications(filter: 'all' | 'unread') {
  return useInfiniteQuery({
    queryKey: [...NOTIFY_KEY, 'list', filter],
    initialPageParam: 1,
    queryFn: ({ pageParam }) =>
      call(http.GET('/api/notifications', { params: { query: { page: pageParam, pageSize: PAGE_SIZE, filter } } })),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}
export type NotificationItem = NonNullable<
  ReturnType<typeof useNotifications>['data']
>['pages'][number]['data'][number];

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(http.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: NOTIFY_KEY }),
  });
}

/** Opening a notification: marks it read (a failure is left to the next open), then follows its link. */
export function useOpenNotification() {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return async (n: { id: string; readAt: string | null; link: string | null }) => {
    if (!n.readAt) await markRead.mutateAsync(n.id).catch(() => undefined);
    if (n.link) navigate(n.link);
  };
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(http.POST('/api/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: NOTIFY_KEY }),
  });
}

const PREFS_KEY = [...NOTIFY_KEY, 'preferences'] as const;

export function usePreferences() {
  return useQuery({
    queryKey: PREFS_KEY,
    queryFn: () => call(http.GET('/api/me/notification-preferences')).then((r) => r.data),
  });
}
export type Preferences = NonNullable<ReturnType<typeof usePreferences>['data']>;
export type PreferencesInput = Omit<Preferences, 'available'>;

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesInput) =>
      call(http.PUT('/api/me/notification-preferences', { body })).then((r) => r.data),
    onSuccess: (data) => client.setQueryData(PREFS_KEY, data),
  });
}

// The learning settings of one organisation, as the settings screen reads and saves them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, http, type paths } from '../../api/client.ts';

export type SettingsBody = NonNullable<
  paths['/api/orgs/{id}/learning-settings']['put']['requestBody']
>['content']['application/json'];

const key = (orgId: number | null) => ['learning-settings', orgId] as const;

export function useLearningSettings(orgId: number | null) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: ({ signal }) =>
      call(http.GET('/api/orgs/{id}/learning-settings', { params: { path: { id: orgId as number } }, signal })).then(
        (r) => r.data,
      ),
    enabled: orgId !== null,
  });
}
export type LearningSettingsView = NonNullable<ReturnType<typeof useLearningSettings>['data']>;

export function useSaveLearningSettings(orgId: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsBody) =>
      call(http.PUT('/api/orgs/{id}/learning-settings', { params: { path: { id: orgId as number } }, body })).then(
        (r) => r.data,
      ),
    // Orgs below may inherit what was saved: reread every org's settings.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['learning-settings'] }),
  });
}

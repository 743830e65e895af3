// The risk forecast's call. The route is not in the generated schema.d.ts until the supervision
// manifest wires it (then this becomes `http.GET('/api/supervision/forecast', …)`); meanwhile it is
// typed by the shared contracts' response schema and sent with the client's headers and errors.
import type { ForecastListResponse } from '@hongyun/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { acceptLanguage, CSRF_HEADER, queryString, toError } from '../../api/client.ts';

export type ForecastList = ForecastListResponse;
export type ForecastParams = { orgId?: number; week?: string; page: number; pageSize: number };

export async function fetchForecast(p: ForecastParams, signal?: AbortSignal): Promise<ForecastList> {
  const res = await fetch(`/api/supervision/forecast${queryString(p)}`, {
    credentials: 'same-origin',
    headers: { 'accept-language': acceptLanguage(), [CSRF_HEADER[0]]: CSRF_HEADER[1] },
    signal,
  });
  if (!res.ok) throw await toError(res);
  return (await res.json()) as ForecastList;
}

export function useForecast(p: ForecastParams | null) {
  return useQuery({
    queryKey: ['supervision-forecast', p],
    queryFn: ({ signal }) => fetchForecast(p as ForecastParams, signal),
    enabled: !!p,
    placeholderData: keepPreviousData,
  });
}

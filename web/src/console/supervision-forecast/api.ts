// The risk forecast's call, typed by the generated schema and the shared contracts.
import type { ForecastListResponse } from '@hongyun/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, http } from '../../api/client.ts';

export type ForecastList = ForecastListResponse;
export type ForecastParams = { orgId?: number; week?: string; page: number; pageSize: number };

export async function fetchForecast(p: ForecastParams, signal?: AbortSignal): Promise<ForecastList> {
  return (await call(http.GET('/api/supervision/forecast', { params: { query: p }, signal }))) as ForecastList;
}

export function useForecast(p: ForecastParams | null) {
  return useQuery({
    queryKey: ['supervision-forecast', p],
    queryFn: ({ signal }) => fetchForecast(p as ForecastParams, signal),
    enabled: !!p,
    placeholderData: keepPreviousData,
  });
}

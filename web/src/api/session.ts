// The signed-in user (/api/me) and the session actions every screen shares.
import type { LoginResponse, MeResponse } from '@hongyun/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type Lang, setLang } from '../i18n/index.ts';
import { ApiError, call, http } from './client.ts';

export type Me = z.infer<typeof MeResponse>['data'];
export type LoginResult = z.infer<typeof LoginResponse>['data'];
export const ME_KEY = ['me'] as const;

/** Resolves to the signed-in user, or null when nobody is signed in (a 401 is not an error here). */
async function fetchMe(): Promise<Me | null> {
  try {
    const res = await call(http.GET('/api/me'));
    return res.data;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The signed-in user, for screens rendered only inside RequireAuth. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe outside RequireAuth');
  return data;
}

export function login(body: { phone: string; password: string; totp?: string }) {
  return call(http.POST('/api/auth/login', { body: { ...body, client: 'web' } }));
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (everywhere: boolean) => call(http.POST(everywhere ? '/api/auth/logout-all' : '/api/auth/logout')),
    onSettled: () => {
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

/** Switches the language now and, when signed in, remembers it on the account for every device. */
export function useSwitchLang() {
  const client = useQueryClient();
  return async (lang: Lang) => {
    await setLang(lang);
    const me = client.getQueryData<Me | null>(ME_KEY);
    if (me && me.stage === 'active' && me.account.locale !== lang) {
      const res = await call(http.PATCH('/api/me', { body: { locale: lang } })).catch(() => null);
      if (res) client.setQueryData(ME_KEY, res.data);
    }
    // Lists and details carry server-translated labels: fetch them again in the new language.
    await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  };
}

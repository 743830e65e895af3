// Organisation and people look-ups through the API, for choosing test subjects in the demo city.
import type { Api } from './api.ts';

export type Org = { id: number; parentId: number | null; name: string; childCount: number; memberCount: number };
export type Person = {
  id: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  org: { id: number; name: string } | null;
};
type List<T> = { data: T[]; total: number };

/** The organisations where the API's user holds roles. */
export async function rootOrgs(api: Api): Promise<Org[]> {
  return (await api.get<{ data: Org[] }>('/api/orgs/roots')).data;
}

export async function childOrgs(api: Api, orgId: number): Promise<Org[]> {
  return (await api.get<{ data: Org[] }>(`/api/orgs/${orgId}/children`)).data;
}

/** People in an organisation's subtree (the first page) and how many there are. */
export async function peopleIn(api: Api, orgId: number, pageSize = 20): Promise<List<Person>> {
  return api.get<List<Person>>('/api/people', { orgId, pageSize });
}

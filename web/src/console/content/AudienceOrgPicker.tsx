// The audience's organisations: a tree of the owning organisation's subtree (loaded a level at a
// time, as the other org pickers) with name search, several orgs at once. The server refuses an org
// outside the owner's subtree; the picker offers none.
import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { fetchOrgChildren, searchOrgs } from '../../api/orgs.ts';

type Item = { id: number; pId: number | null; value: number; title: string; isLeaf: boolean };

type Props = {
  ownerOrgId: number | undefined;
  value?: number[];
  onChange?: (ids: number[]) => void;
  id?: string;
};

const orgDetail = (id: number) => call(http.GET('/api/orgs/{id}', { params: { path: { id } } })).then((r) => r.data);

export function AudienceOrgPicker({ ownerOrgId, value = [], onChange, id }: Props) {
  const { t } = useTranslation('content');
  const [children, setChildren] = useState<Item[]>([]);
  const [hits, setHits] = useState<Item[] | null>(null);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const owner = useQuery({
    queryKey: ['org', ownerOrgId],
    queryFn: () => orgDetail(ownerOrgId ?? 0),
    enabled: ownerOrgId !== undefined,
  });
  // Names of orgs already chosen (an item opened again), which the lazy tree may not have loaded.
  const chosen = useQuery({
    queryKey: ['content', 'audience-names', value],
    queryFn: () => Promise.all(value.map((v) => orgDetail(v).catch(() => null))),
    enabled: value.length > 0,
  });

  const load = async (parent: number) => {
    const rows = await fetchOrgChildren(parent);
    setChildren((prev) => [
      ...prev,
      ...rows
        .filter((r) => !prev.some((p) => p.id === r.id))
        .map((r) => ({ id: r.id, pId: parent, value: r.id, title: r.name, isLeaf: r.childCount === 0 })),
    ]);
  };

  const onSearch = (q: string) => {
    clearTimeout(timer.current);
    const ownerPath = owner.data?.path;
    if (!q.trim() || !ownerPath) return setHits(null);
    timer.current = setTimeout(async () => {
      setSearching(true);
      const found = await searchOrgs(q.trim(), 50).catch(() => ({ data: [] as never[] }));
      setHits(
        found.data
          .filter((h) => h.path.startsWith(ownerPath))
          .map((h) => ({ id: h.id, pId: null, value: h.id, title: h.pathLabel || h.name, isLeaf: true })),
      );
      setSearching(false);
    }, 250);
  };

  const treeData = useMemo(() => {
    const o = owner.data;
    const root: Item[] = o ? [{ id: o.id, pId: null, value: o.id, title: o.name, isLeaf: o.childCount === 0 }] : [];
    const list = hits ?? [...root, ...children];
    // Chosen orgs not in the loaded tree still show their names, not their numbers.
    const extra = (chosen.data ?? [])
      .filter((c): c is NonNullable<typeof c> => !!c && !list.some((i) => i.value === c.id))
      .map((c) => ({ id: c.id, pId: -1, value: c.id, title: c.name, isLeaf: true }));
    return [...list, ...extra];
  }, [owner.data, children, hits, chosen.data]);

  return (
    <TreeSelect
      id={id}
      multiple
      treeDataSimpleMode
      treeData={treeData}
      disabled={ownerOrgId === undefined}
      loadData={hits ? undefined : (node) => load((node as unknown as { id: number }).id)}
      value={value}
      onChange={(v) => onChange?.((v as number[]) ?? [])}
      allowClear
      showSearch={{ filterTreeNode: false, onSearch }}
      placeholder={ownerOrgId === undefined ? t('fields.audienceOrgsFirst') : t('fields.audienceOrgsHint')}
      notFoundContent={searching ? t('fields.searching') : t('empty')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 320 }}
      treeNodeFilterProp="title"
    />
  );
}

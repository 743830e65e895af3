// An organisation picker for forms and filters: the caller's tree, loaded a level at a time, plus
// name search across the whole subtree (the server scopes both to what the caller may see).
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrgChildren, fetchOrgRoots, type OrgNode, searchOrgs } from '../api/orgs.ts';
import { addStrings } from '../i18n/index.ts';

addStrings('orgSelect', {
  zh: { placeholder: '选择组织（可输入名称搜索）', searching: '搜索中…', none: '没有匹配的组织' },
  en: {
    placeholder: 'Choose an organisation (type to search)',
    searching: 'Searching…',
    none: 'No matching organisation',
  },
});

type TreeItem = { id: number; pId: number | null; value: number; title: string; isLeaf: boolean };

const toItem = (n: OrgNode, parent: number | null): TreeItem => ({
  id: n.id,
  pId: parent,
  value: n.id,
  title: n.name,
  isLeaf: n.childCount === 0,
});

export type OrgTreeSelectProps = {
  value?: number | null;
  onChange?: (orgId: number | null, label?: string) => void;
  /** Shown for a value not loaded into the tree yet (e.g. the current scope's name). */
  valueLabel?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
  /** Refuse some orgs (e.g. the org being moved and its subtree). */
  isDisabledOrg?: (node: { id: number; path?: string }) => boolean;
};

export function OrgTreeSelect({ value, onChange, valueLabel, allowClear = true, ...rest }: OrgTreeSelectProps) {
  const { t } = useTranslation('orgSelect');
  const [items, setItems] = useState<TreeItem[]>([]);
  const [paths, setPaths] = useState<Map<number, string>>(new Map());
  const [hits, setHits] = useState<TreeItem[] | null>(null);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    void fetchOrgRoots().then((roots) => {
      setItems(roots.map((r) => toItem(r, null)));
      setPaths(new Map(roots.map((r) => [r.id, r.path])));
    });
  }, []);

  const loadData = async ({ id }: { id?: number }) => {
    if (id === undefined) return;
    const children = await fetchOrgChildren(id);
    setItems((prev) => [
      ...prev,
      ...children.filter((c) => !prev.some((p) => p.id === c.id)).map((c) => toItem(c, id)),
    ]);
    setPaths((prev) => new Map([...prev, ...children.map((c) => [c.id, c.path] as const)]));
  };

  const onSearch = (q: string) => {
    clearTimeout(timer.current);
    if (!q.trim()) {
      setHits(null);
      return;
    }
    timer.current = setTimeout(async () => {
      setSearching(true);
      const found = await searchOrgs(q.trim()).catch(() => ({ data: [] as never[] }));
      setPaths((prev) => new Map([...prev, ...found.data.map((h) => [h.id, h.path] as const)]));
      setHits(
        found.data.map((h) => ({ id: h.id, pId: null, value: h.id, title: h.pathLabel || h.name, isLeaf: true })),
      );
      setSearching(false);
    }, 250);
  };

  const treeData = useMemo(() => {
    const list = hits ?? items;
    const known = list.some((i) => i.value === value);
    const withValue =
      value != null && !known && valueLabel
        ? [...list, { id: value, pId: -1, value, title: valueLabel, isLeaf: true }]
        : list;
    return withValue.map((i) => ({
      ...i,
      disabled: rest.isDisabledOrg?.({ id: i.id, path: paths.get(i.id) }) ?? false,
    }));
  }, [hits, items, value, valueLabel, paths, rest.isDisabledOrg]);

  return (
    <TreeSelect
      id={rest.id}
      aria-label={rest['aria-label']}
      style={{ minWidth: 240, ...rest.style }}
      disabled={rest.disabled}
      treeDataSimpleMode
      treeData={treeData}
      loadData={hits ? undefined : (node) => loadData(node as { id?: number })}
      value={value ?? undefined}
      onChange={(v, labels) => onChange?.(v ?? null, Array.isArray(labels) ? String(labels[0] ?? '') : undefined)}
      allowClear={allowClear}
      showSearch={{ filterTreeNode: false, onSearch }}
      placeholder={t('placeholder')}
      notFoundContent={searching ? t('searching') : t('none')}
      popupMatchSelectWidth={false}
      treeNodeFilterProp="title"
    />
  );
}

// The caller's organisation tree: one level fetched per expand and a virtual list (`height`), so a
// city of 8,000 organisations renders only the rows on screen. Each loaded level is a query of its
// own, so invalidating `orgs` after a change refreshes exactly the levels the user has open.

import { OrgTypeLabels } from '@hongyun/contracts';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { TreeProps } from 'antd';
import { Empty, Spin, Tree } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../api/orgs.ts';
import { pick } from '../../i18n/index.ts';
import { childrenQuery, pathIds, useOrgRoots } from './orgQueries.ts';
import './strings.ts';

type TreeItem = { key: number; title: React.ReactNode; isLeaf?: boolean; children?: TreeItem[] };
type TreeHandle = { scrollTo: (arg: { key: number; align?: 'top' | 'bottom' | 'auto'; offset?: number }) => void };

/** Ask the tree to open the branches down to an org and scroll it into view (e.g. a search hit). */
export type RevealRequest = { id: number; path: string };

type Props = {
  includeDissolved: boolean;
  selectedId: number | null;
  onSelect: (id: number) => void;
  reveal: RevealRequest | null;
  height: number;
};

const dataOf = (results: { data?: OrgNode[] }[]) => results.map((r) => r.data);

/** Plain spans, no hooks: the virtual list renders these rows again on every scroll step. */
function nodeTitle(node: OrgNode, meta: string): React.ReactNode {
  return (
    <span className="hy-org-node" title={node.name}>
      <span className={node.isDissolved ? 'hy-org-node-name hy-org-dissolved' : 'hy-org-node-name'}>{node.name}</span>
      <span className="hy-org-node-meta">{meta}</span>
    </span>
  );
}

export function OrgTree({ includeDissolved, selectedId, onSelect, reveal, height }: Props) {
  const { t } = useTranslation('orgs');
  const client = useQueryClient();
  const roots = useOrgRoots();
  // Orgs whose children were asked for (by expanding, or to reveal a search hit).
  const [loadedIds, setLoadedIds] = useState<number[]>([]);
  const [expanded, setExpanded] = useState<number[]>([]);
  const [scrollTarget, setScrollTarget] = useState<number | null>(null);
  const treeRef = useRef<TreeHandle>(null);

  const levels = useQueries({
    queries: loadedIds.map((id) => childrenQuery(id, includeDissolved)),
    combine: dataOf,
  });

  // Open the starting points once they arrive: the first level is what everyone looks at.
  useEffect(() => {
    if (!roots.data) return;
    const open = roots.data.filter((r) => r.childCount > 0).map((r) => r.id);
    setLoadedIds((prev) => (prev.length ? prev : open));
    setExpanded((prev) => (prev.length ? prev : open));
  }, [roots.data]);

  const treeData = useMemo(() => {
    const byParent = new Map<number, OrgNode[]>();
    loadedIds.forEach((id, i) => {
      const children = levels[i];
      if (children) byParent.set(id, children);
    });
    const toItem = (node: OrgNode): TreeItem => {
      const children = byParent.get(node.id);
      const state = node.isDissolved ? t('dissolved') : t('members', { count: node.memberCount });
      return {
        key: node.id,
        title: nodeTitle(node, `${pick(OrgTypeLabels[node.type])} · ${state}`),
        // childCount leaves out dissolved children: with them shown, let loading tell.
        isLeaf: includeDissolved ? children?.length === 0 : node.childCount === 0,
        children: children?.map(toItem),
      };
    };
    return (roots.data ?? []).map(toItem);
  }, [roots.data, loadedIds, levels, includeDissolved, t]);

  const loadData: TreeProps['loadData'] = async ({ key }) => {
    const id = Number(key);
    await client.fetchQuery(childrenQuery(id, includeDissolved));
    setLoadedIds((prev) => (prev.includes(id) ? prev : [...prev, id]));
  };

  // Reveal: load every level between a starting point and the org, open them, then scroll to it.
  useEffect(() => {
    if (!reveal || !roots.data) return;
    const ids = pathIds(reveal.path);
    const rootIds = new Set(roots.data.map((r) => r.id));
    const from = ids.findIndex((id) => rootIds.has(id));
    if (from < 0) return;
    const ancestors = ids.slice(from, -1);
    let cancelled = false;
    void Promise.all(ancestors.map((id) => client.fetchQuery(childrenQuery(id, includeDissolved)))).then(() => {
      if (cancelled) return;
      setLoadedIds((prev) => [...prev, ...ancestors.filter((id) => !prev.includes(id))]);
      setExpanded((prev) => [...prev, ...ancestors.filter((id) => !prev.includes(id))]);
      setScrollTarget(reveal.id);
    });
    return () => {
      cancelled = true;
    };
  }, [reveal, roots.data, client, includeDissolved]);

  // Scroll once the revealed node is part of the rendered data.
  useEffect(() => {
    if (scrollTarget == null) return;
    const handle = requestAnimationFrame(() =>
      treeRef.current?.scrollTo({ key: scrollTarget, align: 'top', offset: 48 }),
    );
    setScrollTarget(null);
    return () => cancelAnimationFrame(handle);
  }, [scrollTarget]);

  if (roots.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (roots.isError || !roots.data?.length) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noRoots')} />;
  }

  return (
    <Tree<TreeItem>
      ref={treeRef as React.Ref<never>}
      className="hy-org-tree"
      aria-label={t('treeLabel')}
      height={height}
      itemHeight={28}
      blockNode
      showLine={{ showLeafIcon: false }}
      treeData={treeData}
      loadData={loadData}
      loadedKeys={loadedIds}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(Number))}
      selectedKeys={selectedId != null ? [selectedId] : []}
      onSelect={(_, info) => onSelect(Number(info.node.key))}
    />
  );
}

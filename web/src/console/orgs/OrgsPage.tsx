// /orgs — the organisation tree on the left (lazy, virtual, searchable), the selected organisation on
// the right. The selection lives in the address (?org=), so it survives reloads and can be shared;
// without one it is the console's current scope.
import { Card, Checkbox, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrgHit } from '../../api/orgs.ts';
import { useScope } from '../shell/scope.tsx';
import { OrgSearch } from './OrgSearch.tsx';
import { OrgSummary } from './OrgSummary.tsx';
import { OrgTree, type RevealRequest } from './OrgTree.tsx';
import type { Org } from './orgQueries.ts';
import './orgs.css';
import './strings.ts';

/** The tree fills the window below the page head; it needs a number for its virtual list. */
function useTreeHeight(offset: number, min = 320): number {
  const measure = () => Math.max(min, window.innerHeight - offset);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(Math.max(min, window.innerHeight - offset));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [offset, min]);
  return height;
}

export function Component() {
  const { t } = useTranslation('orgs');
  const { scope } = useScope();
  const [params, setParams] = useSearchParams();
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const treeHeight = useTreeHeight(300);

  const fromAddress = Number(params.get('org'));
  const selectedId = Number.isInteger(fromAddress) && fromAddress > 0 ? fromAddress : (scope?.orgId ?? null);
  // Open the tree down to the scope org at first, so the default selection is visible.
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const scopeReveal = useMemo(
    () => (scope && !fromAddress ? { id: scope.orgId, path: scope.orgPath } : null),
    [scope, fromAddress],
  );

  const select = (id: number) =>
    setParams(
      (p) => {
        p.set('org', String(id));
        return p;
      },
      { replace: true },
    );
  const selectAndReveal = (org: { id: number; path: string }) => {
    select(org.id);
    setReveal({ id: org.id, path: org.path });
  };

  return (
    <div>
      <div className="hy-page-head">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
      </div>
      <div className="hy-orgs-panes">
        <Card className="hy-orgs-tree-card" size="small">
          <div className="hy-orgs-tree-tools">
            <OrgSearch includeDissolved={includeDissolved} onPick={(hit: OrgHit) => selectAndReveal(hit)} />
            <Checkbox checked={includeDissolved} onChange={(e) => setIncludeDissolved(e.target.checked)}>
              {t('includeDissolved')}
            </Checkbox>
          </div>
          <OrgTree
            includeDissolved={includeDissolved}
            selectedId={selectedId}
            onSelect={select}
            reveal={reveal ?? scopeReveal}
            height={treeHeight}
          />
        </Card>
        <OrgSummary
          orgId={selectedId}
          onCreated={(org: Org) => selectAndReveal(org)}
          onMoved={(org: Org) => selectAndReveal(org)}
          onDissolved={(org: Org) => {
            // A dissolved org leaves the tree unless dissolved ones are shown: look at its parent.
            if (!includeDissolved && org.parentId) select(org.parentId);
          }}
        />
      </div>
    </div>
  );
}

// /people/import: Excel import of members (党员花名册) and, for whoever maintains the tree, of
// organisations — the same four-step wizard for both. Which tabs show comes from /api/me abilities.
import { Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { ImportWizard } from './ImportWizard.tsx';
import type { ImportKind } from './import-api.ts';
import { NS } from './strings.ts';

export function Component() {
  const { t } = useTranslation(NS);
  const { abilities } = useSignedInMe();
  const kinds: ImportKind[] = [
    ...(abilities.canImportPeople ? (['people'] as const) : []),
    ...(abilities.canManageOrgs ? (['orgs'] as const) : []),
  ];

  return (
    <>
      <div className="hy-page-head">
        {/* With one kind there are no tabs: the heading says which import this is. */}
        <Typography.Title level={3}>
          {kinds.length === 1 ? t(`tabs.${kinds[0]}`) : t('common:nav.peopleImport')}
        </Typography.Title>
      </div>
      {kinds.length === 0 ? (
        <Result status="403" subTitle={t('forbidden')} />
      ) : kinds.length === 1 ? (
        <ImportWizard kind={kinds[0] as ImportKind} />
      ) : (
        <Tabs
          items={kinds.map((kind) => ({ key: kind, label: t(`tabs.${kind}`), children: <ImportWizard kind={kind} /> }))}
        />
      )}
    </>
  );
}

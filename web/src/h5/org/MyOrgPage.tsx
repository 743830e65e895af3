// 我的组织: the organisation the user belongs to (their own person's, the member they act for, or
// where they hold a role): name, place in the hierarchy, secretary, a tap-to-call contact phone,
// address and member counts.
import { Selector } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { useMyOrgs } from '../shell/queries.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { OrgCard } from './OrgCard.tsx';

export function MyOrgPage() {
  const { t } = useTranslation('h5');
  const me = useSignedInMe();
  const { orgs, isPending, error } = useMyOrgs(me);
  const [chosen, setChosen] = useState<number | null>(null);
  const current = orgs.find((o) => o.orgId === chosen) ?? orgs[0];

  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t('org.title')}</h1>
      {isPending && <PageLoading />}
      {!isPending && error ? <LoadFailed error={error} /> : null}
      {!isPending && !error && !current && (
        <p className="hy-m-card hy-m-note" role="status">
          {t('org.none')}
        </p>
      )}
      {orgs.length > 1 && (
        <fieldset className="hy-m-fieldset hy-m-choose">
          <legend className="hy-m-sr-only">{t('org.choose')}</legend>
          <Selector
            columns={1}
            value={current ? [current.orgId] : []}
            onChange={(v) => v[0] !== undefined && setChosen(v[0])}
            options={orgs.map((o) => ({ label: o.orgName, value: o.orgId }))}
          />
        </fieldset>
      )}
      {current && <OrgCard key={current.orgId} orgRef={current} />}
    </div>
  );
}

export { MyOrgPage as Component };

// One organisation's details for members. While acting for someone the server may refuse org
// details (ACTING_FOR_LIMITED): then only what the person record carries (name, path) is shown,
// with a note saying why.
import { OrgTypeLabels } from '@hongyun/contracts';
import { List } from 'antd-mobile';
import { PhoneFill } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { pick } from '../../i18n/index.ts';
import { type MyOrgRef, useOrg } from '../shell/queries.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';

export function OrgCard({ orgRef }: { orgRef: MyOrgRef }) {
  const { t } = useTranslation('h5');
  const { data: org, isPending, error, refetch } = useOrg(orgRef.orgId);

  if (error instanceof ApiError && error.code === 'ACTING_FOR_LIMITED') {
    return (
      <>
        <OrgHeading name={orgRef.orgName} path={orgRef.pathNames} />
        <p className="hy-m-card hy-m-note">{t('org.limited')}</p>
      </>
    );
  }
  if (isPending) return <PageLoading />;
  if (error || !org) return <LoadFailed error={error} onRetry={() => void refetch()} />;

  const unset = <span className="hy-m-muted">{t('org.unset')}</span>;
  return (
    <>
      <OrgHeading name={org.name} path={org.pathNames} type={pick(OrgTypeLabels[org.type])} />
      <List mode="card">
        <List.Item extra={org.secretary ? <span className="hy-m-value">{org.secretary.name}</span> : unset}>
          {t('org.secretary')}
        </List.Item>
        <List.Item
          extra={
            org.contactPhone ? (
              <a
                className="hy-m-call"
                href={`tel:${org.contactPhone.replace(/[^\d+]/g, '')}`}
                aria-label={t('org.call', { phone: org.contactPhone })}
              >
                <PhoneFill aria-hidden /> {org.contactPhone}
              </a>
            ) : (
              unset
            )
          }
        >
          {t('org.contactPhone')}
        </List.Item>
        <List.Item
          description={org.address ? <span className="hy-m-value">{org.address}</span> : undefined}
          extra={org.address ? undefined : unset}
        >
          {t('org.address')}
        </List.Item>
        {org.regionName && (
          <List.Item extra={<span className="hy-m-value">{org.regionName}</span>}>{t('org.region')}</List.Item>
        )}
      </List>
      <section className="hy-m-card" aria-labelledby="hy-m-org-members">
        <h2 id="hy-m-org-members" className="hy-m-section-title">
          {t('org.members')}
        </h2>
        <dl className="hy-m-stats">
          <div>
            <dt>{t('org.total')}</dt>
            <dd>{org.memberCounts.total}</dd>
          </div>
          <div>
            <dt>{t('org.full')}</dt>
            <dd>{org.memberCounts.full}</dd>
          </div>
          <div>
            <dt>{t('org.probationary')}</dt>
            <dd>{org.memberCounts.probationary}</dd>
          </div>
        </dl>
        {org.childCount > 0 && (
          <p className="hy-m-note">
            {t('org.children')}：{org.childCount}
          </p>
        )}
      </section>
    </>
  );
}

function OrgHeading({ name, path, type }: { name: string; path?: string[]; type?: string }) {
  const parents = path && path.length > 1 ? path.slice(0, -1) : [];
  return (
    <section className="hy-m-card hy-m-org-head">
      <h2 className="hy-m-org-name">{name}</h2>
      {type && <span className="hy-m-badge">{type}</span>}
      {parents.length > 0 && <p className="hy-m-org-path">{parents.join(' / ')}</p>}
    </section>
  );
}

// /accounts/:id — one account: its state and facts, the actions its abilities allow, and its role
// grants. Outside the viewer's reach (403/404) it reads as not found, like every detail page.
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { AccountActions } from './AccountActions.tsx';
import { AccountStatusTags } from './AccountStatusTags.tsx';
import { useAccount } from './api.ts';
import { formatTime } from './format.ts';
import { GrantsCard } from './GrantsCard.tsx';
import './strings.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function AccountRefused() {
  const { t } = useTranslation('accounts');
  return (
    <Result
      status="404"
      title={t('detail.refusedTitle')}
      subTitle={t('common:state.notFound')}
      extra={
        <Link to="/accounts">
          <Button type="primary">{t('detail.back')}</Button>
        </Link>
      }
    />
  );
}

function AccountDetail({ id }: { id: string }) {
  const { t } = useTranslation('accounts');
  const me = useSignedInMe();
  const account = useAccount(id);

  if (account.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (account.isError) {
    const e = account.error;
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return <AccountRefused />;
    return (
      <Result
        status="error"
        title={t('common:state.error')}
        subTitle={errorText(e)}
        extra={<Button onClick={() => void account.refetch()}>{t('common:state.retry')}</Button>}
      />
    );
  }

  const a = account.data;
  const isSelf = a.id === me.account.id;
  return (
    <>
      <div className="hy-page-head">
        <Space size={8} wrap>
          <Typography.Title level={3}>{a.displayName}</Typography.Title>
          <AccountStatusTags account={a} />
        </Space>
        <AccountActions account={a} />
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {isSelf && <Alert type="info" showIcon title={t('detail.self')} />}
        <Card title={t('detail.facts')} size="small">
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('detail.phone')}>
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{a.phoneMasked}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.status')}>
              <span>
                <AccountStatusTags account={a} detailed />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.totp')}>
              {a.isTotpEnabled ? t('detail.totpOn') : t('detail.totpOff')}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.lastLogin')}>
              {a.lastLoginAt ? formatTime(a.lastLoginAt) : t('never')}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.failedLogins')}>{a.failedLogins}</Descriptions.Item>
            <Descriptions.Item label={t('detail.createdAt')}>{formatTime(a.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('detail.person')}>
              {a.personId ? (
                me.abilities.canViewPeople ? (
                  <Link to={`/people/${a.personId}`}>{t('detail.personLink')}</Link>
                ) : (
                  a.displayName
                )
              ) : (
                <Typography.Text type="secondary">{t('detail.noPerson')}</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <GrantsCard account={a} canGrant={me.abilities.canGrantRoles && !isSelf} />
      </Space>
    </>
  );
}

export function Component() {
  const { id = '' } = useParams();
  // A malformed id would only earn a 400: it is as missing as any other unknown account.
  return UUID.test(id) ? <AccountDetail key={id} id={id} /> : <AccountRefused />;
}

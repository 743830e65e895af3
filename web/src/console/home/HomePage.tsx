// 工作台: a greeting, the warnings waiting to be handled (for those who read them), the scope organisation at a glance (for roles that read organisations) and
// shortcuts. Accounts with no organisation to look at (a relative acting for an elderly member) or
// roles that do not read organisations (the audit admin) get a friendly page instead of charts.
import { IdcardOutlined, MobileOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { NextYearBanner } from '../calendar/NextYearBanner.tsx';
import { useScope } from '../shell/scope.tsx';
import { PendingAlertsCard } from '../supervision/PendingAlertsCard.tsx';
import { Greeting } from './Greeting.tsx';
import { QuickLinks } from './QuickLinks.tsx';
import { SecurityNotice } from './SecurityNotice.tsx';
import './strings.ts';

const ScopeOverview = lazy(() => import('./ScopeOverview.tsx'));

function FriendlyNotice({ hasScope }: { hasScope: boolean }) {
  const { t } = useTranslation('home');
  return (
    <Card>
      <Result
        status="info"
        title={t('friendly.title')}
        subTitle={hasScope ? t('friendly.noOrgRead') : t('friendly.noScope')}
        extra={
          <Space wrap>
            <Link to="/profile">
              <Button type="primary" icon={<IdcardOutlined />}>
                {t('links.profile')}
              </Button>
            </Link>
            <Button icon={<MobileOutlined />} href="/m">
              {t('links.mobile')}
            </Button>
          </Space>
        }
      />
    </Card>
  );
}

export function Component() {
  const me = useSignedInMe();
  const { scope } = useScope();
  const showsOrg = scope !== null && me.abilities.canViewOrgs;
  const isSecurityAdmin = me.grants.some((g) => g.role === 'security_admin');
  return (
    <Flex vertical gap={16}>
      <Greeting me={me} />
      {isSecurityAdmin && <SecurityNotice />}
      <NextYearBanner withLink />
      {/* Those who watch (offices, unit heads) see what waits for them before the figures. */}
      {me.abilities.canReadAlerts === true && <PendingAlertsCard orgId={scope?.orgId} />}
      {showsOrg ? (
        <Suspense fallback={<Skeleton active />}>
          <ScopeOverview key={scope.orgId} scope={scope} />
        </Suspense>
      ) : (
        <FriendlyNotice hasScope={scope !== null} />
      )}
      <QuickLinks nav={me.nav} />
    </Flex>
  );
}

// 监督预警: the alerts of the console scope's subtree with their filters, and the 统计 tab. The
// filters and the tab live in the address, so a link from a rule's open alerts or the workbench
// lands on the right list; /supervision/alerts/:id opens one alert's detail over the list (the
// address a manager's notification links to).
import { Flex, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { AlertDrawer } from './AlertDrawer.tsx';
import { AlertList } from './AlertList.tsx';
import { StatsTab } from './StatsTab.tsx';
import './strings.ts';

export function Component() {
  const { t } = useTranslation('supervisionAdmin');
  const me = useSignedInMe();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  if (me.abilities.canReadAlerts !== true) return <Result status="403" title="403" subTitle={t('forbidden')} />;
  const tab = params.get('tab') === 'stats' ? 'stats' : 'list';
  const query = params.toString();
  const back = `/supervision/alerts${query ? `?${query}` : ''}`;
  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('alerts.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('alerts.subtitle')}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          if (key === 'stats') next.set('tab', 'stats');
          else next.delete('tab');
          setParams(next);
        }}
        items={[
          {
            key: 'list',
            label: t('alerts.tabs.list'),
            children: (
              <AlertList onOpen={(alertId) => navigate(`/supervision/alerts/${alertId}${query ? `?${query}` : ''}`)} />
            ),
          },
          { key: 'stats', label: t('alerts.tabs.stats'), children: <StatsTab /> },
        ]}
      />
      {id && <AlertDrawer alertId={id} onClose={() => navigate(back)} />}
    </Flex>
  );
}

// 行为数据: the behaviour record of an organisation's subtree or of one person — a per-day chart by
// type and the events themselves. The server scopes every read; the page only asks.

import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { useScope } from '../shell/scope.tsx';
import { EventsChart } from './EventsChart.tsx';
import { EventsFilterBar } from './EventsFilterBar.tsx';
import { EventsTable } from './EventsTable.tsx';
import { useEventFilters, useEvents } from './useEvents.ts';
import './events.css';
import './strings.ts';

export function Component() {
  const { t } = useTranslation('events');
  const me = useSignedInMe();
  const { scope } = useScope();
  const { filters, update } = useEventFilters(scope?.orgId);
  const canRead = me.abilities.canReadEvents;
  const hasSubject = filters.by === 'org' ? filters.orgId !== undefined : filters.personId !== undefined;
  const events = useEvents(filters, canRead && hasSubject);

  if (!canRead) return <Result status="403" title="403" subTitle={t('common:state.forbidden')} />;
  const refused = events.error instanceof ApiError && [403, 404].includes(events.error.status);

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <Card size="small">
        <EventsFilterBar
          filters={filters}
          orgLabel={filters.orgId === scope?.orgId ? scope?.orgName : undefined}
          onChange={update}
        />
      </Card>
      {!hasSubject && <Alert type="info" showIcon title={t('filter.pickPerson')} />}
      {refused && <Result status="403" subTitle={t('common:state.notFound')} />}
      {events.error && !refused && <Alert type="error" showIcon title={errorText(events.error)} />}
      {hasSubject && !refused && (
        <>
          <Card
            size="small"
            title={t('chart.title')}
            extra={<Typography.Text type="secondary">{t('chart.loaded', { n: events.rows.length })}</Typography.Text>}
            loading={events.isPending}
          >
            {events.hasNextPage && !events.isFetchingNextPage && (
              <Alert
                type="warning"
                showIcon
                title={t('chart.partial', { n: events.rows.length })}
                action={
                  <Button size="small" onClick={() => void events.fetchNextPage()}>
                    {t('chart.more')}
                  </Button>
                }
                style={{ marginBottom: 12 }}
              />
            )}
            <EventsChart rows={events.rows} fromDay={filters.fromDay} toDay={filters.toDay} />
          </Card>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <EventsTable rows={events.rows} loading={events.isFetching && events.rows.length === 0} />
          </Card>
        </>
      )}
    </Flex>
  );
}

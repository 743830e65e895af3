// 未学习名单: members of the subtree with no study in the last N working days (never studied first),
// with an N selector and the Excel export of the whole list.
import { Alert, Card, Flex, Grid, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { useInactive } from './api.ts';
import { ExportButton } from './ExportButton.tsx';
import './strings.ts';

const CHOICES = [1, 3, 5, 10, 20];
const PAGE_SIZE = 10;

export function InactiveList({ orgId }: { orgId: number }) {
  const { t } = useTranslation('learningDashboard');
  const [workdays, setWorkdays] = useState(3);
  const [page, setPage] = useState(1);
  const list = useInactive(orgId, workdays, page, PAGE_SIZE);
  const body = list.data;
  const wide = Grid.useBreakpoint().md !== false;
  return (
    <Card
      size="small"
      title={t('inactive.title')}
      extra={<ExportButton orgId={orgId} request={{ kind: 'inactive', workdays }} label={t('export.inactive')} />}
    >
      <Flex vertical gap={12}>
        <Space wrap>
          <label htmlFor="inactive-n">{t('inactive.workdays')}</label>
          <Select
            id="inactive-n"
            value={workdays}
            style={{ width: 150 }}
            onChange={(n: number) => {
              setWorkdays(n);
              setPage(1);
            }}
            options={CHOICES.map((n) => ({ value: n, label: t('inactive.workdaysN', { n }) }))}
          />
          {body && (
            <Typography.Text type="secondary">
              {t('inactive.since', { since: body.since })} · {t('inactive.total', { n: body.total })}
              {body.isProvisional && ` · ${t('provisional')}`}
            </Typography.Text>
          )}
        </Space>
        {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
        <Table
          size="middle"
          rowKey="id"
          loading={list.isFetching}
          dataSource={body?.data ?? []}
          locale={{ emptyText: t('inactive.empty') }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: body?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            {
              key: 'name',
              title: t('inactive.col.name'),
              render: (_, r) =>
                wide ? (
                  r.name
                ) : (
                  <Flex vertical>
                    <span>{r.name}</span>
                    <Typography.Text type="secondary">{r.org.name}</Typography.Text>
                  </Flex>
                ),
            },
            { key: 'org', title: t('inactive.col.org'), responsive: ['md'], render: (_, r) => r.org.name },
            {
              key: 'position',
              title: t('inactive.col.position'),
              responsive: ['md'],
              render: (_, r) => r.position ?? '—',
            },
            { key: 'phone', title: t('inactive.col.phone'), responsive: ['sm'], render: (_, r) => r.phone ?? '—' },
            {
              key: 'last',
              title: t('inactive.col.last'),
              render: (_, r) =>
                r.lastStudiedOn ?? <Typography.Text type="warning">{t('inactive.never')}</Typography.Text>,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

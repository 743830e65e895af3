// The alert list's columns: the full table on a wide window, and one column per alert (who, what,
// its state, 查看) on a phone-width one, with the same 查看 button names for both.

import { Button, Flex, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { Alert } from '../../shared/supervision/api.ts';
import {
  cadreRankText,
  severityColor,
  severityText,
  stageColor,
  stageText,
  statusColor,
  statusText,
} from '../../shared/supervision/labels.ts';

const who = (a: Alert) => [a.position, a.cadreRank ? cadreRankText(a.cadreRank) : null].filter(Boolean).join(' · ');

function States({ a }: { a: Alert }) {
  return (
    <Space size={4} wrap>
      <Tag color={statusColor[a.status]}>{statusText(a.status)}</Tag>
      {a.status !== 'closed' && <Tag color={stageColor[a.stage]}>{stageText(a.stage)}</Tag>}
    </Space>
  );
}

function OpenButton({ a, t, onOpen }: { a: Alert; t: TFunction; onOpen: (id: string) => void }) {
  return (
    <Button size="small" type="link" onClick={() => onOpen(a.id)} aria-label={`${t('alerts.open')} ${a.personName}`}>
      {t('alerts.open')}
    </Button>
  );
}

export const alertColumns = (t: TFunction, onOpen: (id: string) => void): ColumnsType<Alert> => [
  {
    title: t('alerts.col.person'),
    key: 'person',
    width: 130,
    fixed: 'left',
    render: (_, a) => (
      <Flex vertical>
        <Typography.Text strong>{a.personName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {who(a)}
        </Typography.Text>
      </Flex>
    ),
  },
  { title: t('alerts.col.org'), dataIndex: 'orgName', width: 150, ellipsis: true },
  {
    title: t('alerts.col.headline'),
    key: 'headline',
    render: (_, a) => (
      <Flex vertical>
        <span>{a.headline}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {a.ruleName}
        </Typography.Text>
      </Flex>
    ),
  },
  {
    title: t('alerts.col.severity'),
    dataIndex: 'severity',
    width: 70,
    render: (s: Alert['severity']) => <Tag color={severityColor[s]}>{severityText(s)}</Tag>,
  },
  {
    title: t('alerts.col.status'),
    key: 'status',
    width: 120,
    render: (_, a) => <States a={a} />,
  },
  { title: t('alerts.col.day'), dataIndex: 'day', width: 105 },
  {
    title: t('alerts.col.actions'),
    key: 'actions',
    width: 70,
    render: (_, a) => <OpenButton a={a} t={t} onOpen={onOpen} />,
  },
];

export const narrowAlertColumns = (t: TFunction, onOpen: (id: string) => void): ColumnsType<Alert> => [
  {
    title: t('alerts.col.headline'),
    key: 'alert',
    render: (_, a) => (
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center" gap={8}>
          <Space size={6} wrap>
            <Typography.Text strong>{a.personName}</Typography.Text>
            <Tag color={severityColor[a.severity]}>{severityText(a.severity)}</Tag>
          </Space>
          <OpenButton a={a} t={t} onOpen={onOpen} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[who(a), a.orgName].filter(Boolean).join(' · ')}
        </Typography.Text>
        <span>{a.headline}</span>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <States a={a} />
          <Typography.Text type="secondary">{a.day}</Typography.Text>
        </Flex>
      </Flex>
    ),
  },
];

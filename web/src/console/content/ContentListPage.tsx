// 学习内容: the content owned within the editor's subtrees per channel, filtered by status, and the
// review queue (待我审核): items others submitted that the caller may approve.
import {
  type ContentChannel,
  ContentChannelLabels,
  ContentChannels,
  type ContentItemView,
  type ContentStatus,
  ContentStatuses,
  ContentStatusLabels,
} from '@hongyun/contracts';
import { Alert, Button, Card, Flex, Input, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors.ts';
import { type ContentFilters, useContentList } from './queries.ts';
import { StatusTag } from './StatusTag.tsx';
import './strings.ts';

export function Component() {
  const { t, i18n } = useTranslation('content');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [f, setF] = useState<ContentFilters>({ page: 1, pageSize: 20 });
  const update = (patch: Partial<ContentFilters>) => setF((prev) => ({ ...prev, page: 1, ...patch }));
  const list = useContentList(f);

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Link to="/content/new">
          <Button type="primary">{t('newItem')}</Button>
        </Link>
      </div>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented
            value={f.toReview ? 'review' : 'all'}
            onChange={(v) => update({ toReview: v === 'review', status: undefined })}
            options={[
              { value: 'all', label: t('mine') },
              { value: 'review', label: t('toReview') },
            ]}
          />
          <Select<ContentChannel | ''>
            style={{ width: 160 }}
            value={f.channel ?? ''}
            onChange={(v) => update({ channel: v || undefined })}
            options={[
              { value: '', label: `${t('channel')}：${t('all')}` },
              ...ContentChannels.map((c) => ({ value: c, label: ContentChannelLabels[c][lang] })),
            ]}
          />
          {!f.toReview && (
            <Select<ContentStatus | ''>
              style={{ width: 150 }}
              value={f.status ?? ''}
              onChange={(v) => update({ status: v || undefined })}
              options={[
                { value: '', label: `${t('status')}：${t('all')}` },
                ...ContentStatuses.map((s) => ({ value: s, label: ContentStatusLabels[s][lang] })),
              ]}
            />
          )}
          <Input.Search allowClear style={{ width: 240 }} placeholder={t('search')} onSearch={(q) => update({ q })} />
        </Flex>
      </Card>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<ContentItemView>
          rowKey="id"
          scroll={{ x: 920 }}
          loading={list.isFetching}
          dataSource={list.data?.data ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{
            current: f.page,
            pageSize: f.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setF((prev) => ({ ...prev, page, pageSize })),
          }}
          columns={[
            {
              title: t('fields.title'),
              key: 'title',
              render: (_, r) => (
                <Link to={`/content/${r.id}`}>
                  {r.isPinned && <Tag color="red">{t('pinned')}</Tag>}
                  {r.title}
                </Link>
              ),
            },
            {
              title: t('channel'),
              key: 'channel',
              width: 120,
              render: (_, r) => ContentChannelLabels[r.channel][lang],
            },
            {
              title: t('status'),
              key: 'status',
              width: 190,
              render: (_, r) => <StatusTag status={r.status} publishAt={r.publishAt} />,
            },
            { title: t('org'), dataIndex: 'orgName', width: 200 },
            { title: t('author'), dataIndex: 'authorName', width: 120 },
            {
              title: t('updatedAt'),
              key: 'updatedAt',
              width: 170,
              render: (_, r) => new Date(r.updatedAt).toLocaleString(lang === 'en' ? 'en' : 'zh-CN'),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

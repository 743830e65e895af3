// /accounts: the sign-in accounts in the viewer's subtrees, searched by name or full mobile number
// (kept in the address bar), with the actions each row's abilities allow. Phones arrive masked.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { AccountActions } from './AccountActions.tsx';
import { AccountStatusTags } from './AccountStatusTags.tsx';
import { type Account, useAccountList } from './api.ts';
import { CreateAccountModal } from './CreateAccountModal.tsx';
import { formatTime } from './format.ts';
import './strings.ts';

const PAGE_SIZES = [20, 50, 100];

function usePagedSearch() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Number(params.get('pageSize'));
  const pageSize = PAGE_SIZES.includes(size) ? size : (PAGE_SIZES[0] ?? 20);
  const set = (next: { q?: string; page?: number; pageSize?: number }) => {
    const merged = { q, page, pageSize, ...next };
    const out = new URLSearchParams();
    if (merged.q) out.set('q', merged.q);
    if (merged.page > 1) out.set('page', String(merged.page));
    if (merged.pageSize !== PAGE_SIZES[0]) out.set('pageSize', String(merged.pageSize));
    setParams(out, { replace: true });
  };
  return { q, page, pageSize, set };
}

export function Component() {
  const { t } = useTranslation('accounts');
  const me = useSignedInMe();
  const { q, page, pageSize, set } = usePagedSearch();
  const list = useAccountList({ q: q || undefined, page, pageSize });
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Account> = [
    {
      title: t('col.name'),
      dataIndex: 'displayName',
      fixed: 'left',
      width: 160,
      ellipsis: true,
      render: (name: string, a) => <Link to={`/accounts/${a.id}`}>{name}</Link>,
    },
    {
      title: t('col.phone'),
      dataIndex: 'phoneMasked',
      width: 130,
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
    },
    { title: t('col.status'), key: 'status', width: 200, render: (_, a) => <AccountStatusTags account={a} /> },
    {
      title: t('col.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (v: string | null) =>
        v ? formatTime(v) : <Typography.Text type="secondary">{t('never')}</Typography.Text>,
    },
    { title: t('col.createdAt'), dataIndex: 'createdAt', width: 120, render: (v: string) => formatTime(v, false) },
    {
      title: t('col.actions'),
      key: 'actions',
      fixed: 'right',
      width: 240,
      render: (_, a) => <AccountActions account={a} compact />,
    },
  ];

  return (
    <>
      <div className="hy-page-head">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        {me.abilities.canCreateAccounts && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        )}
      </div>
      <Input.Search
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        defaultValue={q}
        allowClear
        enterButton={t('common:action.search')}
        onSearch={(v) => set({ q: v.trim(), page: 1 })}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      {list.isError && (
        <Alert type="error" showIcon role="alert" title={errorText(list.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<Account>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.data ?? []}
        loading={list.isFetching}
        scroll={{ x: 1020 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => t('common:pager.total', { total }),
          onChange: (p, s) => set({ page: s === pageSize ? p : 1, pageSize: s }),
        }}
      />
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

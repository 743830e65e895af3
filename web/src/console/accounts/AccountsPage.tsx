// /accounts: the sign-in accounts in the viewer's subtrees, searched by name or full mobile number
// (kept in the address bar), with the actions each row's abilities allow. Phones arrive masked.
import { PlusOutlined } from '@ant-design/icons';
import { RoleLabels } from '@hongyun/contracts';
import { Alert, Button, Input, Result, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
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
  const mayList = me.abilities.canManageAccounts || me.abilities.canGrantRoles;
  const list = useAccountList({ q: q || undefined, page, pageSize }, mayList);
  const [creating, setCreating] = useState(false);
  if (!mayList) return <Result status="403" title={t('title')} subTitle={t('common:state.forbidden')} />;
  const rows = list.data?.data ?? [];
  const anyActions = rows.some((a) => Object.values(a.abilities).some(Boolean));

  const columns: TableColumnsType<Account> = [
    {
      title: t('col.name'),
      dataIndex: 'displayName',
      fixed: 'left',
      width: 140,
      ellipsis: true,
      render: (name: string, a) => <Link to={`/accounts/${a.id}`}>{name}</Link>,
    },
    {
      title: t('col.phone'),
      dataIndex: 'phoneMasked',
      width: 120,
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
    },
    { title: t('col.status'), key: 'status', width: 150, render: (_, a) => <AccountStatusTags account={a} /> },
    {
      title: t('col.roles'),
      key: 'roles',
      width: 240,
      ellipsis: true,
      // Each role with the organisation it is held at (a list shows only those in the viewer's subtrees).
      render: (_, a) =>
        a.roles.map((r) => (
          <div key={`${r.role}@${r.orgName}`} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            <Tag style={{ marginBlock: 2 }}>{pick(RoleLabels[r.role])}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.orgName}
            </Typography.Text>
          </div>
        )),
    },
    {
      title: t('col.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 160,
      render: (v: string | null) =>
        v ? formatTime(v) : <Typography.Text type="secondary">{t('never')}</Typography.Text>,
    },
  ];
  // Viewers who manage none of these accounts (e.g. a party office) get no empty actions column.
  if (anyActions) {
    columns.push({
      title: t('col.actions'),
      key: 'actions',
      fixed: 'right',
      width: 200,
      render: (_, a) => <AccountActions account={a} compact />,
    });
  }

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
        dataSource={rows}
        loading={list.isFetching}
        scroll={{ x: 1010 }}
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

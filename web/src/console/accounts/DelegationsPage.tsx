// /delegations: who may act for whom (a relative's account for an elderly member) across an org's
// subtree, defaulting to the console's scope; new delegations and revoking where abilities allow.
import { PlusOutlined } from '@ant-design/icons';
import { ModuleLabels, type ModuleName } from '@hongyun/contracts';
import { Alert, App, Button, Checkbox, Form, Result, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { type Delegation, useDelegations, useRevokeDelegation } from './api.ts';
import { CreateDelegationModal } from './CreateDelegationModal.tsx';
import { formatTime } from './format.ts';
import './strings.ts';

function DelegationState({ d }: { d: Delegation }) {
  const { t } = useTranslation('accounts');
  if (d.isActive) return <Tag color="green">{t('delegations.active')}</Tag>;
  return <Tag>{d.revokedAt ? t('delegations.revokedState') : t('delegations.expiredState')}</Tag>;
}

export function Component() {
  const { t } = useTranslation('accounts');
  const me = useSignedInMe();
  const { scope } = useScope();
  const { modal, message } = App.useApp();
  const [orgId, setOrgId] = useState<number | null>(scope?.orgId ?? null);
  const [orgLabel, setOrgLabel] = useState(scope?.orgName);
  // Switching the console's scope in the header moves the list to the new organisation.
  useEffect(() => {
    setOrgId(scope?.orgId ?? null);
    setOrgLabel(scope?.orgName);
  }, [scope?.orgId, scope?.orgName]);
  const [activeOnly, setActiveOnly] = useState(true);
  const [creating, setCreating] = useState(false);
  const list = useDelegations(orgId, null);
  const revoke = useRevokeDelegation();
  const rows = (list.data ?? []).filter((d) => !activeOnly || d.isActive);
  // Only those who set delegations up (or a security admin) may list a whole organisation's.
  if (list.error instanceof ApiError && list.error.status === 403 && !list.data) {
    return <Result status="403" title={t('delegations.title')} subTitle={t('common:state.forbidden')} />;
  }

  const confirmRevoke = (d: Delegation) =>
    modal.confirm({
      title: t('delegations.revokeTitle'),
      content: t('delegations.revokeConfirm', { delegate: d.delegateName, principal: d.principalName }),
      okText: t('delegations.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: async () => {
        try {
          await revoke.mutateAsync(d.id);
          message.success(t('delegations.revoked'));
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  const columns: TableColumnsType<Delegation> = [
    {
      title: t('delegations.col.principal'),
      dataIndex: 'principalName',
      fixed: 'left',
      width: 120,
      render: (name: string, d) =>
        me.abilities.canViewPeople ? <Link to={`/people/${d.principalPersonId}`}>{name}</Link> : name,
    },
    { title: t('delegations.col.delegate'), dataIndex: 'delegateName', width: 160, ellipsis: true },
    { title: t('delegations.col.relation'), dataIndex: 'relation', width: 90 },
    {
      title: t('delegations.col.scopes'),
      dataIndex: 'scopes',
      render: (scopes: string[]) => (
        <Space size={[0, 4]} wrap>
          {scopes.map((s) => (
            <Tag key={s}>{pick(ModuleLabels[s as ModuleName]) || s}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('delegations.col.since'),
      dataIndex: 'createdAt',
      width: 120,
      render: (v: string) => formatTime(v, false),
    },
    {
      title: t('delegations.col.expires'),
      dataIndex: 'expiresAt',
      width: 120,
      render: (v: string | null) => (v ? formatTime(v, false) : t('delegations.noExpiry')),
    },
    { title: t('delegations.col.status'), key: 'state', width: 90, render: (_, d) => <DelegationState d={d} /> },
  ];
  // A viewer who may revoke none of the rows (e.g. a security admin reading) gets no empty column.
  if (rows.some((d) => d.abilities.canRevoke)) {
    columns.push({
      title: t('delegations.col.actions'),
      key: 'actions',
      fixed: 'right',
      width: 90,
      render: (_, d) =>
        d.abilities.canRevoke && (
          <Button type="link" size="small" danger onClick={() => confirmRevoke(d)}>
            {t('delegations.revoke')}
          </Button>
        ),
    });
  }

  return (
    <>
      <div className="hy-page-head">
        <Typography.Title level={3}>{t('delegations.title')}</Typography.Title>
        {me.abilities.canManageDelegations && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('delegations.create')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('delegations.intro')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('delegations.org')} htmlFor="delegations-org">
          <OrgTreeSelect
            id="delegations-org"
            value={orgId}
            valueLabel={orgLabel}
            allowClear={false}
            onChange={(id, label) => {
              setOrgId(id);
              setOrgLabel(label);
            }}
            style={{ width: 320 }}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)}>
            {t('delegations.activeOnly')}
          </Checkbox>
        </Form.Item>
      </Form>
      {list.isError && (
        <Alert type="error" showIcon role="alert" title={errorText(list.error)} style={{ marginBottom: 16 }} />
      )}
      {orgId === null ? (
        <Alert type="info" showIcon title={t('delegations.pickOrg')} />
      ) : (
        <Table<Delegation>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common:pager.total', { total }),
          }}
          locale={{ emptyText: t('delegations.empty') }}
        />
      )}
      <CreateDelegationModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

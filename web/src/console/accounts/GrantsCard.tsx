// An account's role grants (those inside the viewer's subtrees; all of them for the holder), with
// revoke where the grant's abilities allow and 授予角色 when the viewer may grant roles at all.
import { PlusOutlined } from '@ant-design/icons';
import { RoleLabels } from '@hongyun/contracts';
import { Alert, App, Button, Card, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { type Account, type Grant, useGrants, useRevokeGrant } from './api.ts';
import { formatTime } from './format.ts';
import { GrantRoleModal } from './GrantRoleModal.tsx';
import './strings.ts';

const ADMIN_ROLES = new Set(['security_admin', 'system_admin', 'audit_admin']);

export function GrantsCard({ account, canGrant }: { account: Account; canGrant: boolean }) {
  const { t } = useTranslation('accounts');
  const { modal, message } = App.useApp();
  const grants = useGrants(account.id, true);
  const revoke = useRevokeGrant();
  const [granting, setGranting] = useState(false);

  const confirmRevoke = (g: Grant) =>
    modal.confirm({
      title: t('grants.revokeTitle'),
      content: t('grants.revokeConfirm', { role: pick(RoleLabels[g.role]), org: g.orgName }),
      okText: t('grants.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: async () => {
        try {
          await revoke.mutateAsync(g.id);
          message.success(t('grants.revoked'));
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  const columns: TableColumnsType<Grant> = [
    {
      title: t('grants.role'),
      dataIndex: 'role',
      width: 220,
      render: (r: Grant['role']) => (
        <Tag color={ADMIN_ROLES.has(r) ? 'volcano' : 'red'} variant="outlined">
          {pick(RoleLabels[r])}
        </Tag>
      ),
    },
    { title: t('grants.org'), dataIndex: 'orgName', ellipsis: true },
    { title: t('grants.grantedAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatTime(v) },
    {
      title: t('grants.actions'),
      key: 'actions',
      width: 100,
      render: (_, g) =>
        g.abilities.canRevoke && (
          <Button type="link" size="small" danger onClick={() => confirmRevoke(g)}>
            {t('grants.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      title={t('grants.title')}
      size="small"
      extra={
        canGrant && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setGranting(true)}>
            {t('grants.add')}
          </Button>
        )
      }
    >
      {grants.isError && (
        <Alert type="error" showIcon role="alert" title={errorText(grants.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<Grant>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={grants.data ?? []}
        loading={grants.isFetching}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('grants.empty') }}
      />
      {canGrant && <GrantRoleModal account={account} open={granting} onClose={() => setGranting(false)} />}
    </Card>
  );
}

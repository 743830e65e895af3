// The direct child organisations of an org, each opening its own detail page.

import { OrgTypeLabels } from '@hongyun/contracts';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OrgNode } from '../../api/orgs.ts';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { useOrgChildren } from './orgQueries.ts';
import './strings.ts';

export function OrgChildrenTable({ orgId }: { orgId: number }) {
  const { t } = useTranslation('orgs');
  const navigate = useNavigate();
  const children = useOrgChildren(orgId);

  return (
    <Card title={t('children.title')} size="small">
      <Table<OrgNode>
        rowKey="id"
        size="small"
        loading={children.isPending}
        dataSource={children.data ?? []}
        locale={{ emptyText: children.isError ? errorText(children.error) : t('children.empty') }}
        pagination={{
          pageSize: 10,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (total) => t('common:pager.total', { total }),
        }}
        scroll={{ x: 640 }}
        onRow={(row) => ({ onClick: () => navigate(`/orgs/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'name',
            title: t('field.name'),
            render: (_, row) => (
              // A real link too, so keyboard and middle-click work; the row click is a shortcut.
              <Link to={`/orgs/${row.id}`} onClick={(e) => e.stopPropagation()}>
                {row.name}
              </Link>
            ),
          },
          {
            key: 'type',
            title: t('field.type'),
            width: 120,
            render: (_, row) => <Tag>{pick(OrgTypeLabels[row.type])}</Tag>,
          },
          { key: 'members', title: t('children.members'), dataIndex: 'memberCount', width: 110, align: 'right' },
          { key: 'children', title: t('children.subOrgs'), dataIndex: 'childCount', width: 110, align: 'right' },
        ]}
      />
    </Card>
  );
}

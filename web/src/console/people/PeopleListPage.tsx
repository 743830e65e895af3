// /people: the member register of an org subtree, filtered through the address bar, paged by the
// server. ID numbers and phones are shown exactly as sent: the server masks them for viewers who may
// not see them in full. Header actions follow /api/me abilities.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { useScope } from '../shell/scope.tsx';
import { type Person, useOrgName, usePeopleList } from './api.ts';
import { ExportPeopleButton } from './ExportPeopleButton.tsx';
import { PeopleFilterBar } from './PeopleFilterBar.tsx';
import { PEOPLE_TABLE_MIN_WIDTH, peopleColumns } from './peopleColumns.tsx';
import { RegisterPersonButton } from './RegisterPersonButton.tsx';
import { exportFilterOf, PAGE_SIZES, usePeopleFilters } from './usePeopleFilters.ts';
import './strings.ts';

export function Component() {
  const { t } = useTranslation('people');
  const me = useSignedInMe();
  const { scope } = useScope();
  const navigate = useNavigate();
  const state = usePeopleFilters();
  const { filters, explicitOrgId, setPage } = state;
  const list = usePeopleList(filters);
  const isOtherOrg = explicitOrgId !== undefined && explicitOrgId !== scope?.orgId;
  const otherOrgName = useOrgName(explicitOrgId, isOtherOrg).data;
  const orgName = isOtherOrg ? otherOrgName : scope?.orgName;

  const columns = peopleColumns(t);

  return (
    <>
      <div className="hy-page-head">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Space wrap>
          {me.abilities.canImportPeople && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/people/import')}>
              {t('action.import')}
            </Button>
          )}
          {me.abilities.canViewPeople && <ExportPeopleButton filter={exportFilterOf(filters)} />}
          {me.abilities.canManagePeople && (
            <RegisterPersonButton orgId={filters.orgId} orgName={orgName} onRegistered={() => void list.refetch()} />
          )}
        </Space>
      </div>
      <PeopleFilterBar state={state} />
      {list.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(list.error)}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              {t('common:state.retry')}
            </Button>
          }
        />
      )}
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.data ?? []}
        loading={list.isFetching}
        scroll={{ x: PEOPLE_TABLE_MIN_WIDTH }}
        tableLayout="fixed"
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => t('common:pager.total', { total }),
          onChange: setPage,
        }}
      />
    </>
  );
}

// 审计日志: the audit administrator's view of the hash-chained audit log, with filters, row details
// and chain verification. Everyone else gets a refusal (the nav hides the entry from them too).

import { Alert, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { AuditFilterBar } from './AuditFilterBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useAuditFilters, useAuditList } from './useAuditList.ts';
import { VerifyBanner } from './VerifyBanner.tsx';
import './audit.css';
import './strings.ts';

function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('state.forbidden')} />;
}

export function Component() {
  const { t } = useTranslation('audit');
  const me = useSignedInMe();
  const canRead = me.abilities.canReadAudit;
  const { filters, update } = useAuditFilters();
  const list = useAuditList(filters, canRead);

  if (!canRead) return <Forbidden />;
  if (list.error instanceof ApiError && list.error.status === 403) return <Forbidden />;

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <VerifyBanner />
      <Card size="small">
        <AuditFilterBar filters={filters} onChange={update} />
      </Card>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <AuditTable
          rows={list.data?.data ?? []}
          total={list.data?.total ?? 0}
          loading={list.isFetching}
          filters={filters}
          onChange={update}
        />
      </Card>
    </Flex>
  );
}

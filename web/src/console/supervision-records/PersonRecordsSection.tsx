// The person page's supervision records: the sanctions card for those who may read them, the
// integrity card only for those the policy lets read it (the office, org admins), and for other
// readers at most how many integrity items there are. Nothing at all when the API says no (the
// module is off, or the person is out of reach): the page stays as it was.
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRecordSummary } from './api.ts';
import { IntegrityCard } from './IntegrityCard.tsx';
import { SanctionsCard } from './SanctionsCard.tsx';
import './strings.ts';

export function PersonRecordsSection({ personId, isOwn = false }: { personId: string; isOwn?: boolean }) {
  const { t } = useTranslation('records');
  const summary = useRecordSummary(personId);
  if (!summary.data) return null;
  const { sanctions, integrity } = summary.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {sanctions.canRead && <SanctionsCard personId={personId} isOwn={isOwn} />}
      {integrity.canRead && (integrity.isLeadingCadre || (integrity.count ?? 0) > 0) && (
        <IntegrityCard personId={personId} />
      )}
      {!integrity.canRead && integrity.isLeadingCadre && integrity.count !== null && (
        <Card title={t('integrity.title')} size="small">
          <Typography.Text type="secondary">
            {integrity.count > 0 ? t('integrity.masked', { count: integrity.count }) : t('integrity.maskedNone')}
          </Typography.Text>
        </Card>
      )}
    </Space>
  );
}

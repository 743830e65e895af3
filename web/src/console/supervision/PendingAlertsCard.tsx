// 工作台's first card for those who watch (offices, unit heads): the alerts still to handle in the
// scope's subtree, "待办预警 N 条" and the newest few, each a link to its detail.
import { AlertOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAlerts } from '../../shared/supervision/api.ts';
import { severityColor, severityText, statusColor, statusText } from '../../shared/supervision/labels.ts';
import '../../shared/supervision/supervision.css';
import './strings.ts';

const TOP = 5;

export function PendingAlertsCard({ orgId }: { orgId: number | undefined }) {
  const { t } = useTranslation('supervisionAdmin');
  const alerts = useAlerts({ scope: 'managed', status: 'unclosed', orgId }, 1, TOP);
  const total = alerts.data?.total ?? 0;
  if (alerts.error) return null; // the workbench goes on without it; the alert screen says why
  return (
    <Card
      size="small"
      loading={alerts.isPending}
      title={
        <Space>
          <AlertOutlined style={{ color: total > 0 ? '#c8161d' : undefined }} aria-hidden />
          {total > 0 ? t('home.count', { n: total }) : t('home.title')}
        </Space>
      }
      extra={
        <Link to="/supervision/alerts">
          {t('home.all')} <RightOutlined aria-hidden />
        </Link>
      }
    >
      {total === 0 ? (
        <Typography.Text type="secondary">{t('home.none')}</Typography.Text>
      ) : (
        <ul className="hy-sv-pending">
          {(alerts.data?.data ?? []).map((a) => (
            <li key={a.id}>
              <Space size={6} wrap>
                <Tag color={severityColor[a.severity]}>{severityText(a.severity)}</Tag>
                <Link to={`/supervision/alerts/${a.id}`}>
                  <Typography.Text strong>{a.personName}</Typography.Text>
                </Link>
                <span>{a.headline}</span>
                <Tag color={statusColor[a.status]}>{statusText(a.status)}</Tag>
              </Space>
              <Typography.Text type="secondary" className="hy-sv-pending-day">
                {a.day}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

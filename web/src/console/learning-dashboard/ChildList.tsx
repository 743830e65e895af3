// The child-org ranking on a phone: one tappable row per org with its two rates, big enough to read
// and to tap (the table's columns do not fit 390 px beside a long organisation name).
import { RightOutlined } from '@ant-design/icons';
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Dashboard, percent } from './api.ts';
import './strings.ts';

export function ChildList({ dashboard, onOpen }: { dashboard: Dashboard; onOpen: (orgId: number) => void }) {
  const { t } = useTranslation('learningDashboard');
  if (dashboard.children.length === 0) return <Empty description={t('children.empty')} />;
  return (
    <ol className="hy-ld-list">
      {dashboard.children.map((r) => {
        const body = (
          <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
            <span className="hy-ld-list-rank">{r.rank ?? '·'}</span>
            <Flex vertical style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text strong>{r.isSelf ? `${r.org.name}${t('children.self')}` : r.org.name}</Typography.Text>
              <Typography.Text type="secondary">
                {t('children.col.answerRate')} {percent(r.answerRate)} · {t('children.col.participation')}{' '}
                {percent(r.participationRate)} · {t('children.col.members')} {r.members}
              </Typography.Text>
            </Flex>
            {!r.isSelf && <RightOutlined aria-hidden />}
          </Flex>
        );
        return (
          <li key={`${r.isSelf ? 's' : 'c'}${r.org.id}`}>
            {r.isSelf ? (
              <div className="hy-ld-list-item">{body}</div>
            ) : (
              <button type="button" className="hy-ld-list-item" onClick={() => onOpen(r.org.id)}>
                {body}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

// 安全提醒 on the security administrator's dashboard: accounts that recently got many "already
// registered outside your organisations" answers for ID numbers (a possible walk through the city's
// register). The signal is in the audit chain; this is where the security admin meets it.
import { SafetyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, http } from '../../api/client.ts';

const SHOWN = 5;

export function SecurityNotice() {
  const { t } = useTranslation('home');
  const flagged = useQuery({
    queryKey: ['accounts', 'security-alerts'],
    queryFn: ({ signal }) =>
      call(
        http.GET('/api/accounts', {
          params: { query: { securityAlert: 'id_probe', page: 1, pageSize: SHOWN } },
          signal,
        }),
      ),
  });
  const list = flagged.data;
  if (!list || list.total === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<SafetyOutlined />}
      message={t('security.title', { count: list.total })}
      description={
        <Space direction="vertical" size={4}>
          <span>{t('security.body')}</span>
          <Space wrap>
            {list.data.map((a) => (
              <Link key={a.id} to={`/accounts/${a.id}`}>
                {a.displayName}
              </Link>
            ))}
            {list.total > SHOWN ? <span>{t('security.more', { count: list.total - SHOWN })}</span> : null}
          </Space>
        </Space>
      }
    />
  );
}

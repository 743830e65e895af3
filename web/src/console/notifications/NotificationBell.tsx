// The header's bell: my unread count, a link to 我的消息.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnreadCount } from '../../shared/notifications/queries.ts';
import '../../shared/notifications/strings.ts';

export function NotificationBell() {
  const { t } = useTranslation('notify');
  const navigate = useNavigate();
  const unread = useUnreadCount().data ?? 0;
  return (
    <Button
      type="text"
      aria-label={unread ? t('bellUnread', { n: unread }) : t('bell')}
      onClick={() => navigate('/notifications')}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
}

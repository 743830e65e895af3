// Password and sessions: change password (its own page) and sign out on every device.
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Divider, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call, http } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';
import './strings.ts';

/** The hint takes the room; the button keeps its line at the right. */
const hintStyle = { flex: '1 1 200px' };

export function SecurityCard() {
  const { t } = useTranslation('profile');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { modal } = App.useApp();

  const signOutEverywhere = () =>
    modal.confirm({
      title: t('security.logoutAll'),
      content: t('security.logoutAllConfirm'),
      okButtonProps: { danger: true },
      okText: t('security.logoutAll'),
      cancelText: t('common:action.cancel'),
      onOk: async () => {
        // Signed out either way: a failure here means the session is already gone.
        await call(http.POST('/api/auth/logout-all')).catch(() => undefined);
        // Leave the console before forgetting the user, so no signed-in screen renders without one.
        await navigate('/login?signedOut=1', { replace: true });
        client.clear();
        client.setQueryData(ME_KEY, null);
      },
    });

  return (
    <Card title={t('security.title')} size="small">
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Typography.Text type="secondary" style={hintStyle}>
            {t('security.changePasswordHint')}
          </Typography.Text>
          <Button
            icon={<KeyOutlined />}
            onClick={() => navigate(`/change-password?next=${encodeURIComponent('/profile')}`)}
          >
            {t('security.changePassword')}
          </Button>
        </Flex>
        <Divider style={{ margin: 0 }} />
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Typography.Text type="secondary" style={hintStyle}>
            {t('security.logoutAllHint')}
          </Typography.Text>
          <Button danger icon={<LogoutOutlined />} onClick={signOutEverywhere}>
            {t('security.logoutAll')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

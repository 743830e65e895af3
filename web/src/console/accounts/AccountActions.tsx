// The actions an account's abilities allow (disable, enable, unlock, reset password), each confirmed
// first and followed by a toast. Used in the list's rows and on the account page.
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_CELL } from '../../shared/empty.ts';
import { errorText } from '../../shared/errors.ts';
import { type Account, type AccountAction, useAccountAction } from './api.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import './strings.ts';

type Confirmed = Exclude<AccountAction, 'reset-password'>;

export function AccountActions({ account, compact = false }: { account: Account; compact?: boolean }) {
  const { t } = useTranslation('accounts');
  const { modal, message } = App.useApp();
  const action = useAccountAction();
  const [resetting, setResetting] = useState(false);
  const a = account.abilities;

  const confirm = (kind: Confirmed) =>
    modal.confirm({
      title: t(`action.${kind}`),
      content: t(`confirm.${kind}`, { name: account.displayName }),
      okText: t(`action.${kind}`),
      okButtonProps: { danger: kind === 'disable' },
      cancelText: t('common:action.cancel'),
      onOk: async () => {
        try {
          await action.mutateAsync({ id: account.id, action: kind });
          message.success(t(`done.${kind}`));
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  const type = compact ? 'link' : 'default';
  const size = compact ? 'small' : 'middle';
  const buttons = [
    a.canUnlock && (
      <Button key="unlock" type={type} size={size} onClick={() => confirm('unlock')}>
        {t('action.unlock')}
      </Button>
    ),
    a.canResetPassword && (
      <Button key="reset" type={type} size={size} onClick={() => setResetting(true)}>
        {t('action.resetPassword')}
      </Button>
    ),
    a.canEnable && (
      <Button key="enable" type={type} size={size} onClick={() => confirm('enable')}>
        {t('action.enable')}
      </Button>
    ),
    a.canDisable && (
      <Button key="disable" type={type} size={size} danger onClick={() => confirm('disable')}>
        {t('action.disable')}
      </Button>
    ),
  ].filter(Boolean);
  // A row without actions (one's own account, a peer administrator) shows a dash in the table.
  if (buttons.length === 0) return compact ? EMPTY_CELL : null;

  return (
    <>
      <Space size={compact ? 0 : 8} wrap>
        {buttons}
      </Space>
      <ResetPasswordModal account={account} open={resetting} onClose={() => setResetting(false)} />
    </>
  );
}

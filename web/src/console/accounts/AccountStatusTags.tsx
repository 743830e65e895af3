// An account's state as tags: disabled, locked, must change password, two-factor, failed sign-ins,
// and a security signal (many ID numbers found registered elsewhere), which the server sends to the
// account's security administrators only: until there are notifications, this is where they see it.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from './api.ts';
import './strings.ts';

export function AccountStatusTags({ account, detailed = false }: { account: Account; detailed?: boolean }) {
  const { t } = useTranslation('accounts');
  const tags = [];
  if (account.isDisabled) tags.push(<Tag key="disabled">{t('status.disabled')}</Tag>);
  if (account.isLocked) {
    tags.push(
      <Tag key="locked" color="red">
        {detailed && account.lockedUntil
          ? t('status.lockedUntil', { time: new Date(account.lockedUntil).toLocaleString() })
          : t('status.locked')}
      </Tag>,
    );
  } else if (account.failedLogins > 0) {
    tags.push(
      <Tag key="failed" color="orange">
        {t('status.failed', { count: account.failedLogins })}
      </Tag>,
    );
  }
  if (account.mustChangePassword) {
    tags.push(
      <Tag key="must" color="gold">
        {t('status.mustChange')}
      </Tag>,
    );
  }
  if (detailed && account.isTotpEnabled) {
    tags.push(
      <Tag key="totp" color="blue">
        {t('status.totp')}
      </Tag>,
    );
  }
  if (account.securityAlert) {
    tags.push(
      <Tag
        key="alert"
        color="volcano"
        title={t('status.idProbeAt', { time: new Date(account.securityAlert.at).toLocaleString() })}
      >
        {t('status.idProbe')}
      </Tag>,
    );
  }
  if (tags.length === 0) {
    tags.push(
      <Tag key="ok" color="green">
        {t('status.normal')}
      </Tag>,
    );
  }
  return <>{tags}</>;
}

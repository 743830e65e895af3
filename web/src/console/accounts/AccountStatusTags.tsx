// An account's state as tags: disabled, locked, must change password, two-factor, failed sign-ins.
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
  if (tags.length === 0) {
    tags.push(
      <Tag key="ok" color="green">
        {t('status.normal')}
      </Tag>,
    );
  }
  return <>{tags}</>;
}

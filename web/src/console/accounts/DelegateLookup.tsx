// The delegate field: a relative's account has no grants to be listed by, so it is found by the exact
// mobile number it signs in with, then confirmed by its (masked) name before the form can be sent.
import { PeopleLimits } from '@hongyun/contracts';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { type Delegate, findDelegate } from './api.ts';
import './strings.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (accountId: string | undefined) => void;
  /** The member to be acted for: the server only answers those who may set up their delegation. */
  principalPersonId?: string;
};

export function DelegateLookup({ id, onChange, principalPersonId }: Props) {
  const { t } = useTranslation('accounts');
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<Delegate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const look = async () => {
    if (!phone.trim() || !principalPersonId) return;
    setBusy(true);
    setProblem(null);
    setFound(null);
    onChange?.(undefined);
    try {
      const account = await findDelegate(phone.trim(), principalPersonId);
      setFound(account);
      onChange?.(account.id);
    } catch (e) {
      setProblem(
        e instanceof ApiError && e.code === 'NOT_FOUND' ? t('delegations.form.delegateMissing') : errorText(e),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={id}
          inputMode="tel"
          autoComplete="off"
          maxLength={PeopleLimits.phoneInputMax}
          placeholder={t('createForm.phonePlaceholder')}
          value={phone}
          onChange={(e) => {
            setPhone(e.target.value);
            if (found || problem) {
              setFound(null);
              setProblem(null);
              onChange?.(undefined);
            }
          }}
          onPressEnter={(e) => {
            e.preventDefault();
            void look();
          }}
        />
        <Button loading={busy} disabled={!principalPersonId} onClick={() => void look()}>
          {t('delegations.form.find')}
        </Button>
      </Space.Compact>
      {found && (
        <Alert
          type="success"
          showIcon
          title={t('delegations.form.delegateFound', { name: found.displayNameMasked, phone: found.phoneMasked })}
        />
      )}
      {problem && <Alert type="error" showIcon role="alert" title={problem} />}
    </Space>
  );
}

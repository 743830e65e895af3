// A password field with a show/hide eye: typing a password on a phone keyboard is hard enough.
import { Input, type InputProps } from 'antd-mobile';
import { EyeInvisibleOutline, EyeOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './auth.css';

export function PasswordInput(props: Omit<InputProps, 'type'>) {
  const { t } = useTranslation('h5');
  const [visible, setVisible] = useState(false);
  return (
    <div className="hy-m-password">
      <Input {...props} type={visible ? 'text' : 'password'} />
      <button
        type="button"
        className="hy-m-eye"
        aria-label={visible ? t('login.hidePassword') : t('login.showPassword')}
        aria-pressed={visible}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? <EyeOutline aria-hidden /> : <EyeInvisibleOutline aria-hidden />}
      </button>
    </div>
  );
}

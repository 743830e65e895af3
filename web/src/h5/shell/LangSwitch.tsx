// 中文 / EN: switches the interface (and, when signed in, the account's remembered language).
import { Segmented } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSwitchLang } from '../../api/session.ts';
import type { Lang } from '../../i18n/index.ts';

export function LangSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const switchLang = useSwitchLang();
  return (
    <fieldset className={['hy-m-fieldset', className].filter(Boolean).join(' ')}>
      <legend className="hy-m-sr-only">{t('shell.language')}</legend>
      <Segmented
        value={i18n.language === 'en' ? 'en' : 'zh-CN'}
        onChange={(v) => void switchLang(v as Lang)}
        options={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en', label: 'EN' },
        ]}
      />
    </fieldset>
  );
}

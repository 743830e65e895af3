// The console's providers (antd theme, locale, message/modal context). Loaded lazily with the first
// console route, so the phone app at /m never downloads antd.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { theme } from '../shared/theme.ts';

export function Component() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp>
        <Outlet />
      </AntApp>
    </ConfigProvider>
  );
}

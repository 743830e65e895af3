import { ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation('h5');
  return (
    <div className="hy-m-page">
      <ErrorBlock status="empty" title={t('notFound.title')} description={null}>
        <Link to="/m" className="hy-m-link-button">
          {t('notFound.home')}
        </Link>
      </ErrorBlock>
    </div>
  );
}

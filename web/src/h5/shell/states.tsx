// Loading and failure views for phone pages: on a weak signal a failed read must say so plainly
// and offer a big retry button rather than leave an empty screen.
import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="hy-m-loading" role="status">
      <DotLoading color="primary" />
      <span>{t('state.loading')}</span>
    </div>
  );
}

/** A refused or missing record (403/404) reads as "not found or not yours"; anything else can be retried. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const refused = error instanceof ApiError && (error.status === 403 || error.status === 404);
  return (
    <ErrorBlock
      className="hy-m-error"
      status={refused ? 'empty' : 'disconnected'}
      title={refused ? t('state.notFound') : t('state.error')}
      description={refused ? null : errorText(error)}
    >
      {!refused && onRetry && (
        <Button color="primary" size="large" onClick={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </ErrorBlock>
  );
}

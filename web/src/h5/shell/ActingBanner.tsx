// Shown on every phone page while a relative acts for an elderly member, so they never forget whose
// name their actions are recorded under, with a one-tap way back to their own identity.
import { Button, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { useActingFor } from './queries.ts';

export function ActingBanner() {
  const { t } = useTranslation('h5');
  const me = useSignedInMe();
  const { stop } = useActingFor();
  if (!me.actingFor) return null;
  const onStop = () =>
    stop.mutate(undefined, {
      onSuccess: () => Toast.show({ icon: 'success', content: t('acting.stopped') }),
      onError: (e) => Toast.show({ icon: 'fail', content: errorText(e) }),
    });
  return (
    <div className="hy-m-acting" role="status">
      <span className="hy-m-acting-text">{t('acting.banner', { name: me.actingFor.personName })}</span>
      <Button size="small" shape="rounded" loading={stop.isPending} onClick={onStop}>
        {t('acting.stop')}
      </Button>
    </div>
  );
}

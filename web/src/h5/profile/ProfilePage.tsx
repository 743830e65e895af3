// 我的: who is signed in (name, masked phone), their member record, their roles, and the device
// settings elderly users need most (language, text size), then password and sign-out.
import { RoleLabels } from '@hongyun/contracts';
import { Button, Dialog, List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout, useSignedInMe } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import { LangSwitch } from '../shell/LangSwitch.tsx';
import '../learning/strings.ts';
import '../../shared/notifications/strings.ts';
import { MySanctions } from '../records/MySanctions.tsx';
import { FontScalePicker } from './FontScalePicker.tsx';
import { PersonRecord } from './PersonRecord.tsx';

export function ProfilePage() {
  const { t } = useTranslation('h5');
  const me = useSignedInMe();
  const navigate = useNavigate();
  const logout = useLogout();

  const signOut = async (everywhere: boolean) => {
    await logout.mutateAsync(everywhere).catch(() => undefined);
    navigate('/m/login?signedOut=1', { replace: true });
  };
  const signOutEverywhere = async () => {
    const ok = await Dialog.confirm({
      title: t('profile.logoutAll'),
      content: t('common:shell.logoutAllConfirm'),
      confirmText: t('common:action.confirm'),
      cancelText: t('common:action.cancel'),
    });
    if (ok) await signOut(true);
  };

  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t('profile.title')}</h1>
      <List header={<h2 className="hy-m-list-title">{t('profile.account')}</h2>} mode="card">
        <List.Item extra={<span className="hy-m-value">{me.account.displayName}</span>}>{t('profile.name')}</List.Item>
        <List.Item extra={<span className="hy-m-value">{me.account.phoneMasked}</span>}>{t('profile.phone')}</List.Item>
      </List>

      {me.actingFor && <PersonRecord personId={me.actingFor.personId} title={t('acting.principal')} showName />}
      {!me.actingFor && me.account.personId && (
        <PersonRecord personId={me.account.personId} title={t('profile.record')} />
      )}
      {!me.actingFor && me.account.personId && <MySanctions personId={me.account.personId} />}

      {me.tiles.some((m) => m.key === 'learning-points') && (
        <List header={<h2 className="hy-m-list-title">{t('learning:links.title')}</h2>} mode="card">
          <List.Item className="hy-m-link-row" arrowIcon>
            <Link to="/m/learning/points" className="hy-m-stretched">
              {t('learning:links.points')}
            </Link>
          </List.Item>
          <List.Item className="hy-m-link-row" arrowIcon>
            <Link to="/m/learning/hours" className="hy-m-stretched">
              {t('learning:links.hours')}
            </Link>
          </List.Item>
        </List>
      )}

      {!me.actingFor && (
        <List header={<h2 className="hy-m-list-title">{t('profile.roles')}</h2>} mode="card">
          {me.grants.length === 0 && <List.Item>{t('profile.noRoles')}</List.Item>}
          {me.grants.map((g) => (
            <List.Item key={g.id} description={g.orgName}>
              {pick(RoleLabels[g.role])}
            </List.Item>
          ))}
        </List>
      )}

      <List header={<h2 className="hy-m-list-title">{t('profile.settings')}</h2>} mode="card">
        <List.Item extra={<LangSwitch />}>{t('profile.language')}</List.Item>
        <FontScalePicker />
        <List.Item className="hy-m-link-row" arrowIcon>
          <Link to="/m/notifications" className="hy-m-stretched">
            {t('notify:h5Title')}
          </Link>
        </List.Item>
        <List.Item className="hy-m-link-row" arrowIcon>
          <Link to="/m/notifications/settings" className="hy-m-stretched">
            {t('notify:settings')}
          </Link>
        </List.Item>
        <List.Item className="hy-m-link-row" arrowIcon>
          <Link to="/m/change-password" className="hy-m-stretched">
            {t('home.password')}
          </Link>
        </List.Item>
      </List>

      <div className="hy-m-actions">
        <Button
          block
          size="large"
          color="danger"
          fill="outline"
          loading={logout.isPending}
          onClick={() => void signOut(false)}
        >
          {t('profile.logout')}
        </Button>
        <Button block size="large" fill="none" onClick={() => void signOutEverywhere()}>
          {t('profile.logoutAll')}
        </Button>
      </div>
    </div>
  );
}

export { ProfilePage as Component };

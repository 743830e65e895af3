// Phone home: a red greeting header with the user's name and organisation, the delegate's offer to
// act for a family member, and the service grid (own profile, org, password, plus the module tiles
// /api/me serves: modules that exist, switched on for the user, that their abilities allow).
import { Badge, Grid } from 'antd-mobile';
import { LockOutline, TeamOutline, UserOutline } from 'antd-mobile-icons';
import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import { useUnreadCount } from '../../shared/notifications/queries.ts';
import { tileIcon } from '../modules.ts';
import { useMyOrgs } from '../shell/queries.ts';
import { DelegationOffer } from './DelegationOffer.tsx';

type Entry = { key: string; to: string; label: string; Icon: ComponentType<SVGProps<SVGSVGElement>>; tone: string };

export function HomePage() {
  const { t } = useTranslation('h5');
  const me = useSignedInMe();
  const { orgs, isPending } = useMyOrgs(me);
  // The 消息 tile carries my unread count.
  const hasMessages = me.tiles.some((m) => m.key === 'notifications');
  const unread = useUnreadCount(hasMessages).data ?? 0;

  const entries: Entry[] = [
    { key: 'profile', to: '/m/profile', label: t('home.profile'), Icon: UserOutline, tone: 'red' },
    { key: 'org', to: '/m/org', label: t('home.org'), Icon: TeamOutline, tone: 'orange' },
    { key: 'password', to: '/m/change-password', label: t('home.password'), Icon: LockOutline, tone: 'blue' },
    ...me.tiles.map((m) => ({
      key: m.key,
      to: `/m/${m.path}`,
      label: pick(m.label),
      Icon: tileIcon(m.icon),
      tone: 'red',
    })),
  ];
  const orgLine = orgs.map((o) => o.orgName).join('、');

  return (
    <>
      <header className="hy-m-hero">
        <h1 className="hy-m-hero-title">{t('home.greeting', { name: me.account.displayName })}</h1>
        <p className="hy-m-hero-sub">{orgLine || (isPending ? '\u00a0' : t('home.noOrg'))}</p>
      </header>
      <div className="hy-m-page hy-m-page-lifted">
        <DelegationOffer />
        <section className="hy-m-card" aria-labelledby="hy-m-services">
          <h2 id="hy-m-services" className="hy-m-section-title">
            {t('home.services')}
          </h2>
          <Grid columns={3} gap={8}>
            {entries.map(({ key, to, label, Icon, tone }) => (
              <Grid.Item key={key}>
                <Link to={to} className="hy-m-tile">
                  <span className={`hy-m-tile-icon hy-m-tone-${tone}`} aria-hidden>
                    {key === 'notifications' && unread > 0 ? (
                      <Badge content={unread > 99 ? '99+' : unread}>
                        <Icon />
                      </Badge>
                    ) : (
                      <Icon />
                    )}
                  </span>
                  <span className="hy-m-tile-label">
                    {label}
                    {key === 'notifications' && unread > 0 && <span className="hy-m-sr-only">（{unread}）</span>}
                  </span>
                </Link>
              </Grid.Item>
            ))}
          </Grid>
          {me.tiles.length === 0 && <p className="hy-m-note hy-m-coming">{t('home.comingSoon')}</p>}
        </section>
      </div>
    </>
  );
}

export { HomePage as Component };

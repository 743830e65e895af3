// A member's own record as the server sends it (already masked for this viewer): organisation,
// party status and dates, and the basics. Used for "my record" and for the member acted for.
import { GenderLabels, PartyStatusLabels } from '@hongyun/contracts';
import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { usePerson } from '../shell/queries.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';

type Props = { personId: string; title: string; showName?: boolean };

export function PersonRecord({ personId, title, showName = false }: Props) {
  const { t } = useTranslation('h5');
  const { data: p, isPending, error, refetch } = usePerson(personId);
  if (isPending) return <PageLoading />;
  if (error || !p) return <LoadFailed error={error} onRetry={() => void refetch()} />;
  const born = p.birthDate ?? (p.birthYear ? String(p.birthYear) : null);
  const parents = p.org?.pathNames?.slice(0, -1) ?? [];
  const rows: [string, string | null][] = [
    [t('profile.name'), showName ? p.name : null],
    [t('profile.partyStatus'), p.partyStatus ? pick(PartyStatusLabels[p.partyStatus]) : null],
    [t('profile.joinDate'), p.joinDate],
    [t('profile.fullMemberDate'), p.fullMemberDate],
    [t('profile.position'), p.position],
    [t('profile.workUnit'), p.workUnit],
    [t('profile.gender'), pick(GenderLabels[p.gender])],
    [t('profile.ethnicity'), p.ethnicity],
    [t('profile.birth'), born],
    [t('profile.education'), p.education],
    [t('profile.nativePlace'), p.nativePlace],
    // Personal data: only for a viewer who may see the phone (a delegate gets the mask: left out).
    [t('profile.address'), p.abilities.canSeePhone ? p.address : null],
  ];
  return (
    <List header={<h2 className="hy-m-list-title">{title}</h2>} mode="card">
      {p.org && (
        <List.Item description={parents.length ? parents.join(' / ') : undefined}>
          <span className="hy-m-row-label">{t('profile.org')}</span>
          <span className="hy-m-row-value">{p.org.name}</span>
        </List.Item>
      )}
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <List.Item key={label} extra={<span className="hy-m-value">{value}</span>}>
            {label}
          </List.Item>
        ))}
    </List>
  );
}

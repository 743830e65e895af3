// The dashboard's greeting: time of day, the user's name, and every role they hold where.
import { RoleLabels } from '@hongyun/contracts';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import './strings.ts';

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

export function Greeting({ me }: { me: Me }) {
  const { t } = useTranslation('home');
  const greeting = t(`greeting.${partOfDay(new Date().getHours())}`);
  return (
    <div className="hy-page-head" style={{ alignItems: 'flex-start', marginBottom: 0 }}>
      <div>
        <Typography.Title level={3}>{t('greetingName', { greeting, name: me.account.displayName })}</Typography.Title>
        <Space size={[4, 8]} wrap style={{ marginTop: 8 }}>
          {me.grants.length === 0 && <Typography.Text type="secondary">{t('noRoles')}</Typography.Text>}
          {me.grants.map((g) => (
            <Tag key={g.id} color="red" variant="outlined">
              {t('rolesAt', { role: pick(RoleLabels[g.role]), org: g.orgName })}
            </Tag>
          ))}
        </Space>
      </div>
    </div>
  );
}

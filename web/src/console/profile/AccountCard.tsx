// My account as /api/me returns it (the phone arrives masked) and the roles I hold where.
import { RoleLabels } from '@hongyun/contracts';
import { Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import './strings.ts';

export function AccountCard({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const a = me.account;
  return (
    <Card title={t('account.title')} size="small">
      <Descriptions column={1} size="small" styles={{ label: { width: 160 } }}>
        <Descriptions.Item label={t('account.name')}>{a.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('account.phone')}>{a.phoneMasked}</Descriptions.Item>
        <Descriptions.Item label={t('account.language')}>{a.locale === 'en' ? 'English' : '中文'}</Descriptions.Item>
        <Descriptions.Item label={t('account.totp')}>
          {a.isTotpEnabled ? <Tag color="green">{t('account.totpOn')}</Tag> : <Tag>{t('account.totpOff')}</Tag>}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function GrantsCard({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  return (
    <Card title={t('grants.title')} size="small">
      {me.grants.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grants.none')} />
      ) : (
        <Space orientation="vertical" size={8}>
          {me.grants.map((g) => (
            <Tag key={g.id} color="red" variant="outlined" style={{ fontSize: 14, padding: '2px 8px' }}>
              {t('grants.at', { role: pick(RoleLabels[g.role]), org: g.orgName })}
            </Tag>
          ))}
        </Space>
      )}
    </Card>
  );
}

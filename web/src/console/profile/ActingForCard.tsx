// Acting for a relative (代办): the delegations naming this account as delegate, a button to start
// acting for the member and one to stop. The session changes on the server; /api/me is refetched so
// the whole console (header tag, nav) follows.
import { UserSwitchOutlined } from '@ant-design/icons';
import { type DelegationItem, ModuleLabels, type ModuleName } from '@hongyun/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call, http } from '../../api/client.ts';
import { ME_KEY, type Me } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { PersonFacts } from './PersonCard.tsx';
import './strings.ts';

type Delegation = z.infer<typeof DelegationItem>;

const scopeLabel = (s: string) => (s in ModuleLabels ? pick(ModuleLabels[s as ModuleName]) : s);

function useMyDelegations(accountId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['profile', 'delegations', accountId],
    queryFn: () =>
      call(http.GET('/api/delegations', { params: { query: { delegateAccountId: accountId } } })).then((r) =>
        r.data.filter((d) => d.isActive),
      ),
    enabled,
  });
}

function DelegationRow({ d, onStart, busy }: { d: Delegation; onStart: () => void; busy: boolean }) {
  const { t } = useTranslation('profile');
  return (
    <Card size="small" type="inner" title={d.principalName}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Descriptions column={1} size="small" styles={{ label: { width: 120 } }}>
          <Descriptions.Item label={t('acting.relation')}>{d.relation}</Descriptions.Item>
          <Descriptions.Item label={t('acting.scopes')}>
            <Space size={[4, 4]} wrap>
              {d.scopes.map((s) => (
                <Tag key={s}>{scopeLabel(s)}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('acting.expires')}>
            {d.expiresAt ? dayjs(d.expiresAt).format('YYYY-MM-DD HH:mm') : t('acting.noExpiry')}
          </Descriptions.Item>
        </Descriptions>
        <Button type="primary" size="large" icon={<UserSwitchOutlined />} loading={busy} onClick={onStart}>
          {t('acting.start')}
        </Button>
      </Flex>
    </Card>
  );
}

export function ActingForCard({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const client = useQueryClient();
  const { message } = App.useApp();
  const acting = me.actingFor;
  // While acting, most routes answer only for the principal; the list is needed only to start.
  const delegations = useMyDelegations(me.account.id, !acting);

  const refreshMe = () => client.invalidateQueries({ queryKey: ME_KEY });
  const start = useMutation({
    mutationFn: (d: Delegation) => call(http.POST('/api/auth/acting-for', { body: { delegationId: d.id } })),
    onSuccess: (_r, d) => message.success(t('acting.started', { name: d.principalName })),
    onError: (e) => message.error(errorText(e)),
    onSettled: refreshMe,
  });
  const stop = useMutation({
    mutationFn: () => call(http.DELETE('/api/auth/acting-for')),
    onSuccess: () => message.success(t('acting.stopped')),
    onError: (e) => message.error(errorText(e)),
    onSettled: refreshMe,
  });

  const list = delegations.data ?? [];
  // Nothing to say to an account nobody has delegated to (most administrators).
  if (!acting && list.length === 0) return null;

  return (
    <Card title={t('acting.title')} size="small">
      {acting ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Alert
            type="warning"
            showIcon
            title={<strong>{t('acting.current', { name: acting.personName })}</strong>}
            description={t('acting.currentHint')}
            action={
              <Button danger loading={stop.isPending} onClick={() => stop.mutate()}>
                {t('acting.stop')}
              </Button>
            }
          />
          <Typography.Text strong>{t('acting.principal')}</Typography.Text>
          <PersonFacts personId={acting.personId} />
        </Space>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('acting.intro')}
          </Typography.Paragraph>
          {list.map((d) => (
            <DelegationRow
              key={d.id}
              d={d}
              busy={start.isPending && start.variables?.id === d.id}
              onStart={() => start.mutate(d)}
            />
          ))}
        </Space>
      )}
    </Card>
  );
}

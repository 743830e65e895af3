// A person's record as the server lets the viewer see it: my own, or the relative I act for.
import { PartyStatusLabels } from '@hongyun/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import './strings.ts';

export function usePerson(personId: string | null | undefined) {
  return useQuery({
    queryKey: ['profile', 'person', personId],
    queryFn: () => call(http.GET('/api/people/{id}', { params: { path: { id: personId ?? '' } } })).then((r) => r.data),
    enabled: !!personId,
  });
}

export function PersonFacts({ personId }: { personId: string }) {
  const { t } = useTranslation('profile');
  const person = usePerson(personId);
  if (person.error) {
    return <Alert type="warning" showIcon title={t('person.unavailable', { message: errorText(person.error) })} />;
  }
  const p = person.data;
  if (!p) return <Skeleton active paragraph={{ rows: 3 }} />;
  const orgPath = p.org?.pathNames?.length ? p.org.pathNames.join(' / ') : p.org?.name;
  return (
    <Descriptions column={1} size="small" styles={{ label: { width: 160 } }}>
      <Descriptions.Item label={t('person.name')}>{p.name}</Descriptions.Item>
      <Descriptions.Item label={t('person.org')}>{orgPath ?? t('person.unknown')}</Descriptions.Item>
      <Descriptions.Item label={t('person.status')}>
        {p.partyStatus ? pick(PartyStatusLabels[p.partyStatus]) : t('person.unknown')}
      </Descriptions.Item>
      <Descriptions.Item label={t('person.joinDate')}>{p.joinDate ?? t('person.unknown')}</Descriptions.Item>
    </Descriptions>
  );
}

export function PersonCard({ personId }: { personId: string }) {
  const { t } = useTranslation('profile');
  return (
    <Card title={t('person.title')} size="small">
      <PersonFacts personId={personId} />
    </Card>
  );
}

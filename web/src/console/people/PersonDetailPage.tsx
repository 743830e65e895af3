// /people/:id: one person's record as the server sends it (masked where the viewer may not see in
// full), the membership history, and the edit / transfer actions the record's abilities allow.
// A refused or missing person looks the same: the server does not tell them apart, nor do we.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, type DescriptionsProps, Grid, Result, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EMPTY_CELL, orDash } from '../../shared/empty.ts';
import { errorText } from '../../shared/errors.ts';
import { PersonRecordsSection } from '../supervision-records/PersonRecordsSection.tsx';
import { isHidden, type Person, peopleKeys, useMemberships, usePerson } from './api.ts';
import { EditPersonButton } from './EditPersonButton.tsx';
import { MembershipHistoryCard } from './MembershipHistoryCard.tsx';
import {
  BirthText,
  cadreRankText,
  fivePersonRoleText,
  genderText,
  PartyStatusTag,
  PersonFlagTags,
} from './PersonTags.tsx';
import { TransferPersonButton } from './TransferPersonButton.tsx';
import './strings.ts';

function MaskedValue({ value, isMasked, wraps = false }: { value: string | null; isMasked: boolean; wraps?: boolean }) {
  const { t } = useTranslation('people');
  if (!value) return EMPTY_CELL;
  return (
    <Space orientation="vertical" size={0}>
      <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: wraps ? 'normal' : 'nowrap' }}>{value}</span>
      {isMasked && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('hint.masked')}
        </Typography.Text>
      )}
    </Space>
  );
}

function personItems(p: Person, t: (key: string) => string, yesNo: (b: boolean) => string): DescriptionsProps['items'] {
  const orgPath = p.org?.pathNames?.join(' / ');
  return [
    { key: 'name', label: t('field.name'), children: p.name },
    { key: 'gender', label: t('field.gender'), children: genderText(p.gender) },
    { key: 'ethnicity', label: t('field.ethnicity'), children: orDash(p.ethnicity) },
    {
      key: 'birth',
      label: t('field.birthDate'),
      children: p.birthDate || p.birthYear ? <BirthText person={p} /> : EMPTY_CELL,
    },
    {
      key: 'idNumber',
      label: t('field.idNumber'),
      children: <MaskedValue value={p.idNumber} isMasked={!p.abilities.canSeeIdNumber} />,
    },
    {
      key: 'phone',
      label: t('field.phone'),
      children: <MaskedValue value={p.phone} isMasked={!p.abilities.canSeePhone} />,
    },
    { key: 'education', label: t('field.education'), children: orDash(p.education) },
    {
      key: 'partyStatus',
      label: t('field.partyStatus'),
      children: p.partyStatus ? <PartyStatusTag status={p.partyStatus} /> : EMPTY_CELL,
    },
    { key: 'joinDate', label: t('field.joinDate'), children: orDash(p.joinDate) },
    { key: 'fullMemberDate', label: t('field.fullMemberDate'), children: orDash(p.fullMemberDate) },
    { key: 'position', label: t('field.position'), children: orDash(p.position) },
    { key: 'workUnit', label: t('field.workUnit'), children: orDash(p.workUnit) },
    { key: 'nativePlace', label: t('field.nativePlace'), children: orDash(p.nativePlace) },
    {
      key: 'address',
      label: t('field.address'),
      span: 'filled',
      // Personal data like the phone: masked for those who may not see the phone.
      children: p.address ? <MaskedValue value={p.address} isMasked={!p.abilities.canSeePhone} wraps /> : EMPTY_CELL,
    },
    { key: 'cadreRank', label: t('field.cadreRank'), children: orDash(cadreRankText(p.cadreRank)) },
    { key: 'isFirstSecretary', label: t('field.isFirstSecretary'), children: yesNo(p.isFirstSecretary) },
    { key: 'isVillageStationed', label: t('field.isVillageStationed'), children: yesNo(p.isVillageStationed) },
    { key: 'fivePersonRole', label: t('field.fivePersonRole'), children: orDash(fivePersonRoleText(p.fivePersonRole)) },
    {
      key: 'updatedAt',
      label: t('field.updatedAt'),
      children: <span style={{ whiteSpace: 'nowrap' }}>{dayjs(p.updatedAt).format('YYYY-MM-DD HH:mm')}</span>,
    },
    {
      key: 'org',
      label: t('field.org'),
      span: 'filled',
      children: p.org ? (
        <Space orientation="vertical" size={0}>
          <Link to={`/orgs/${p.org.id}`}>{p.org.name}</Link>
          {orgPath && <Typography.Text type="secondary">{orgPath}</Typography.Text>}
        </Space>
      ) : (
        EMPTY_CELL
      ),
    },
  ];
}

export function Component() {
  const { t } = useTranslation('people');
  const isNarrow = Grid.useBreakpoint().md === false;
  const { id = '' } = useParams();
  const client = useQueryClient();
  const navigate = useNavigate();
  const person = usePerson(id);
  // The open membership's start bounds the transfer date; the history card shares this query.
  const history = useMemberships(id, !!person.data);
  const currentSince = history.data?.find((m) => m.toDate === null)?.fromDate;

  if (person.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (person.error) {
    if (isHidden(person.error)) {
      return (
        <Result
          status="404"
          title={t('detail.notFoundTitle')}
          subTitle={t('common:state.notFound')}
          extra={
            <Button type="primary" onClick={() => navigate('/people')}>
              {t('common:action.back')}
            </Button>
          }
        />
      );
    }
    return (
      <Result
        status="error"
        title={t('common:state.error')}
        subTitle={errorText(person.error)}
        extra={<Button onClick={() => void person.refetch()}>{t('common:state.retry')}</Button>}
      />
    );
  }

  const p = person.data;
  const refresh = () => void client.invalidateQueries({ queryKey: peopleKeys.all });
  const yesNo = (b: boolean) => (b ? t('filter.yes') : t('filter.no'));
  return (
    <>
      <div className="hy-page-head">
        <Space align="center" size={12} wrap>
          <Typography.Title level={3}>{p.name}</Typography.Title>
          <PartyStatusTag status={p.partyStatus} />
          <PersonFlagTags person={p} />
        </Space>
        <Space wrap>
          {p.abilities.canTransfer && (
            <TransferPersonButton person={p} currentSince={currentSince} onTransferred={refresh} />
          )}
          {p.abilities.canEdit && (
            <EditPersonButton
              person={p}
              onSaved={(saved) => {
                // The PATCH answer has no org path: keep the one we have until the refetch lands.
                client.setQueryData(peopleKeys.person(id), { ...saved, org: saved.org && { ...p.org, ...saved.org } });
                refresh();
              }}
            />
          )}
        </Space>
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('detail.basic')}>
          <Descriptions
            bordered
            size="middle"
            column={{ xs: 1, md: 2, xxl: 3 }}
            // On a phone-width window a label column beside an 18-digit ID number runs off the side:
            // labels go above their values there.
            layout={isNarrow ? 'vertical' : 'horizontal'}
            styles={{ label: isNarrow ? { whiteSpace: 'nowrap' } : { width: 140, whiteSpace: 'nowrap' } }}
            items={personItems(p, t, yesNo)}
          />
        </Card>
        <MembershipHistoryCard personId={id} />
        <PersonRecordsSection personId={id} />
      </Space>
    </>
  );
}

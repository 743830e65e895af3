// The member list's columns, sized to fit the console's content area at 1280 px (1024 px beside the
// menu) without scrolling sideways: the organisation takes what the fixed columns leave and ends in
// an ellipsis; 标记 stays on one line (two tags, then "+N"), so flagged rows are as tall as the rest.
// Empty cells show a dash.
import type { TableColumnsType } from 'antd';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { EMPTY_CELL, orDash } from '../../shared/empty.ts';
import type { Person } from './api.ts';
import { BirthText, cadreRankText, genderText, PartyStatusTag, PersonFlagTags } from './PersonTags.tsx';

const numeric = (v: string | null) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{orDash(v)}</span>;

/**
 * The fixed widths add up to 846 px, leaving the organisation about 178 px at 1280 and more when wider;
 * below this width the table scrolls, with the name and 标记 held in place.
 */
export const PEOPLE_TABLE_MIN_WIDTH = 1000;

export function peopleColumns(t: TFunction<'people'>): TableColumnsType<Person> {
  return [
    {
      title: t('field.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 88,
      ellipsis: true,
      render: (name: string, p) => <Link to={`/people/${p.id}`}>{name}</Link>,
    },
    { title: t('field.gender'), dataIndex: 'gender', width: 56, render: genderText },
    {
      title: t('field.birth'),
      key: 'birth',
      width: 104,
      render: (_, p) => (p.birthDate || p.birthYear ? <BirthText person={p} /> : EMPTY_CELL),
    },
    { title: t('field.idNumber'), dataIndex: 'idNumber', width: 164, render: numeric },
    { title: t('field.phone'), dataIndex: 'phone', width: 112, render: numeric },
    {
      title: t('field.org'),
      key: 'org',
      ellipsis: true,
      render: (_, p) =>
        p.org ? (
          <Typography.Text ellipsis={{ tooltip: p.org.name }} style={{ maxWidth: '100%' }}>
            {p.org.name}
          </Typography.Text>
        ) : (
          EMPTY_CELL
        ),
    },
    {
      title: t('field.partyStatus'),
      dataIndex: 'partyStatus',
      width: 92,
      render: (s: Person['partyStatus']) => (s ? <PartyStatusTag status={s} /> : EMPTY_CELL),
    },
    {
      title: t('field.cadreRank'),
      dataIndex: 'cadreRank',
      width: 80,
      render: (r: Person['cadreRank']) => orDash(cadreRankText(r)),
    },
    {
      title: t('field.flags'),
      key: 'flags',
      width: 150,
      fixed: 'right',
      render: (_, p) => <PersonFlagTags person={p} oneLine />,
    },
  ];
}

// The week's list: each person's score as a bar in their band's colour and the reasons as
// sentences (the server renders them in the reader's language). On a phone the columns fold into
// the name cell.
import { Flex, Grid, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ForecastList } from './api.ts';
import { BAND_COLORS } from './BandChart.tsx';
import './strings.ts';

type Entry = ForecastList['data'][number];

function Score({ e }: { e: Entry }) {
  const pct = Math.round(e.score * 100);
  return (
    <div style={{ minWidth: 120 }}>
      <Progress percent={pct} size="small" strokeColor={BAND_COLORS[e.band]} aria-label={`${pct}%`} />
    </div>
  );
}

function Reasons({ e }: { e: Entry }) {
  return (
    <ul className="hy-fc-reasons">
      {e.reasons.map((r) => (
        <li key={r.code}>{r.text}</li>
      ))}
    </ul>
  );
}

export function ForecastTable({
  list,
  loading,
  page,
  pageSize,
  onPage,
}: {
  list: ForecastList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('forecast');
  const wide = Grid.useBreakpoint().md !== false;
  const bandLabel = (e: Entry) => list?.bands.find((b) => b.band === e.band)?.label ?? e.band;
  return (
    <Table<Entry>
      size="middle"
      rowKey={(e) => `${e.ruleId}:${e.personId}`}
      loading={loading}
      dataSource={list?.data ?? []}
      locale={{ emptyText: t('empty') }}
      pagination={{ current: page, pageSize, total: list?.total ?? 0, showSizeChanger: false, onChange: onPage }}
      columns={[
        {
          key: 'name',
          title: t('col.name'),
          render: (_, e) => (
            <Flex vertical gap={2}>
              <span>
                {e.personName} <Tag color={BAND_COLORS[e.band]}>{bandLabel(e)}</Tag>
              </span>
              {e.position && <Typography.Text type="secondary">{e.position}</Typography.Text>}
              {!wide && <Typography.Text type="secondary">{e.orgName}</Typography.Text>}
              {!wide && <Score e={e} />}
              {!wide && <Reasons e={e} />}
            </Flex>
          ),
        },
        { key: 'org', title: t('col.org'), responsive: ['md'], render: (_, e) => e.orgName },
        { key: 'score', title: t('col.score'), responsive: ['md'], width: 170, render: (_, e) => <Score e={e} /> },
        { key: 'reasons', title: t('col.reasons'), responsive: ['md'], render: (_, e) => <Reasons e={e} /> },
        { key: 'rule', title: t('col.rule'), responsive: ['lg'], render: (_, e) => e.ruleName },
      ]}
    />
  );
}

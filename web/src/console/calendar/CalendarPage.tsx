// 工作日历: the year's public holidays and make-up working days as twelve month grids. Everyone may
// read it; system admins click a day to edit it and confirm the year once the State Council's
// dates are entered.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { calendarKey, fetchCalendarYear, setCalendarYearConfirmed } from './calendar-api.ts';
import { DayEditor } from './DayEditor.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { NextYearBanner } from './NextYearBanner.tsx';
import './calendar.css';
import './strings.ts';

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function Legend() {
  const { t } = useTranslation('calendar');
  const item = (cls: string, label: string) => (
    <span>
      <span className={`hy-cal-swatch ${cls}`} />
      {label}
    </span>
  );
  return (
    <div className="hy-cal-legend">
      {item('hy-cal-holiday', t('legend.holiday'))}
      {item('hy-cal-workday', t('legend.workday'))}
      {item('hy-cal-weekend', t('legend.weekend'))}
      {item('hy-cal-today', t('legend.today'))}
    </div>
  );
}

export function Component() {
  const { t } = useTranslation('calendar');
  const { message } = App.useApp();
  const client = useQueryClient();
  const me = useSignedInMe();
  const canEdit = me.abilities.canEditCalendar === true;
  const today = CHINA_DATE.format(new Date());
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= 9999 ? asked : Number(today.slice(0, 4));
  const [editing, setEditing] = useState<string | null>(null);

  const calendar = useQuery({ queryKey: calendarKey(year), queryFn: ({ signal }) => fetchCalendarYear(year, signal) });
  const days = useMemo(() => new Map((calendar.data?.days ?? []).map((d) => [d.day, d])), [calendar.data]);
  const confirm = useMutation({
    mutationFn: (confirmed: boolean) => setCalendarYearConfirmed(year, confirmed),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
    onError: (e) => message.error(errorText(e)),
  });
  const go = (y: number) => setParams({ year: String(y) });
  const confirmed = calendar.data?.confirmed ?? false;

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <NextYearBanner />
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex wrap gap={12} align="center" justify="space-between">
            <Space wrap>
              <Button icon={<LeftOutlined />} aria-label={t('prevYear')} onClick={() => go(year - 1)} />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('year', { year })}
              </Typography.Title>
              <Button icon={<RightOutlined />} aria-label={t('nextYear')} onClick={() => go(year + 1)} />
              {calendar.data && (
                <Tag color={confirmed ? 'green' : 'orange'}>{confirmed ? t('confirmed') : t('unconfirmed')}</Tag>
              )}
            </Space>
            {canEdit && calendar.data && (
              <Popconfirm
                title={confirmed ? t('unconfirm') : t('confirmAsk', { year })}
                onConfirm={() => confirm.mutate(!confirmed)}
              >
                <Button type={confirmed ? 'default' : 'primary'} loading={confirm.isPending}>
                  {confirmed ? t('unconfirm') : t('confirm')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
          {calendar.data && (
            <Alert
              type={confirmed ? 'success' : 'info'}
              showIcon
              title={confirmed ? t('confirmedHint') : t('unconfirmedHint')}
            />
          )}
          <Flex wrap gap={12} align="center" justify="space-between">
            <Legend />
            <Typography.Text type="secondary">{canEdit ? t('clickToEdit') : t('readOnly')}</Typography.Text>
          </Flex>
        </Flex>
      </Card>
      {calendar.error && <Alert type="error" showIcon title={errorText(calendar.error)} />}
      <Card size="small">
        {calendar.isPending ? (
          <Skeleton active />
        ) : (
          <div className="hy-cal-year">
            {MONTHS.map((m) => (
              <MonthGrid
                key={m}
                year={year}
                month={m}
                days={days}
                today={today}
                onPick={canEdit ? setEditing : undefined}
              />
            ))}
          </div>
        )}
      </Card>
      {canEdit && (
        <DayEditor day={editing} entry={editing ? days.get(editing) : undefined} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}

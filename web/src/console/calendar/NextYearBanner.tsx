// From November, while next year's holidays are not confirmed, system admins are reminded to enter
// them (on the console home and the calendar screen). Nobody else can act on it, so nobody else sees it.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { CALENDAR_STATUS_KEY, fetchCalendarStatus } from './calendar-api.ts';
import './strings.ts';

export function NextYearBanner(props: { withLink?: boolean }) {
  const { t } = useTranslation('calendar');
  const me = useSignedInMe();
  const allowed = me.abilities.canEditCalendar === true;
  const status = useQuery({
    queryKey: CALENDAR_STATUS_KEY,
    queryFn: ({ signal }) => fetchCalendarStatus(signal),
    enabled: allowed,
  });
  if (!allowed || !status.data?.warnNextYear) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('warnTitle', { year: status.data.nextYear })}
      description={t('warnText')}
      action={
        props.withLink ? (
          <Link to={`/calendar?year=${status.data.nextYear}`}>
            <Button size="small">{t('warnLink')}</Button>
          </Link>
        ) : undefined
      }
    />
  );
}

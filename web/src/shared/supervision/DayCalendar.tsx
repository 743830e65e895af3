// The missed working days of an alert as a small calendar (weeks Monday to Sunday): missed days
// red, done days green, excused days and days off grey, the last done day outlined. Plain markup, so
// the console and the phone draw the same thing; sizes in rem follow the phone's text size.
import type { AlertEvidence } from '@hongyun/contracts';
import { useTranslation } from 'react-i18next';
import { calendarWeeks, type DayKind, lastDoneOnCalendar } from './days.ts';
import './strings.ts';
import './supervision.css';

/** English month names for the calendar's month marks (Chinese writes 12月). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LEGEND: DayKind[] = ['missed', 'done', 'lastDone', 'excused', 'rest'];

export function DayCalendar({ evidence }: { evidence: AlertEvidence }) {
  const { t } = useTranslation('supervision');
  const weeks = calendarWeeks(evidence);
  const weekdays = t('days.weekdays').split(',');
  const present = new Set(weeks.flat().map((c) => c.kind));
  // The month is written on the first day drawn and on each 1st, so a quarter reads as a calendar.
  const firstDrawn = weeks.flat().find((c) => c.kind !== 'outside')?.day;
  const lastDone = evidence.lastDoneDay ? t('days.lastDoneText', { day: evidence.lastDoneDay }) : t('days.neverDone');
  return (
    <div className="hy-sv-days">
      <p className="hy-sv-days-summary">
        {t('days.summary', {
          from: evidence.from,
          to: evidence.to,
          workingDays: evidence.workingDays,
          missed: evidence.missedDays.length,
        })}
        {!lastDoneOnCalendar(evidence) && <span className="hy-sv-days-last">{lastDone}</span>}
      </p>
      <table className="hy-sv-cal" aria-label={t('days.aria', { from: evidence.from, to: evidence.to })}>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map((c) => (
                <td key={c.day} className={`hy-sv-day hy-sv-day-${c.kind}`}>
                  {c.kind !== 'outside' && (
                    <span title={`${c.day} ${t(`days.${c.kind}`)}`}>
                      {(c.date === 1 || c.day === firstDrawn) && (
                        <span className="hy-sv-day-month">
                          {t('days.month', { month: c.month, name: MONTHS[c.month - 1] })}
                        </span>
                      )}
                      <span className="hy-sv-day-date">{c.date}</span>
                      <span className="hy-sv-sr">{t(`days.${c.kind}`)}</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="hy-sv-legend">
        {LEGEND.filter((k) => present.has(k)).map((k) => (
          <li key={k}>
            <span className={`hy-sv-swatch hy-sv-day-${k}`} aria-hidden />
            {t(`days.${k}`)}
          </li>
        ))}
      </ul>
      {evidence.isProvisional && <p className="hy-sv-days-note">{t('days.provisional')}</p>}
    </div>
  );
}

// One month of the year view: a Monday-first grid, each day coloured by what it is (holiday,
// make-up working day, weekend) and named. Days are buttons only for whoever may edit them.
import { useTranslation } from 'react-i18next';
import type { CalendarDayEntry } from './calendar-api.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

export function dayClass(day: string, entry: CalendarDayEntry | undefined, today: string): string {
  const weekend = weekdayIndex(day) >= 5;
  const kind =
    entry && !entry.isWorkday
      ? 'hy-cal-holiday'
      : entry?.isWorkday && weekend
        ? 'hy-cal-workday'
        : weekend
          ? 'hy-cal-weekend'
          : '';
  return ['hy-cal-day', kind, day === today ? 'hy-cal-today' : ''].filter(Boolean).join(' ');
}

export function dayName(entry: CalendarDayEntry | undefined, lang: string): string | null {
  if (!entry) return null;
  return lang === 'en' ? (entry.nameEn ?? entry.nameZh) : entry.nameZh;
}

export function MonthGrid(props: {
  year: number;
  month: number;
  days: Map<string, CalendarDayEntry>;
  today: string;
  onPick?: (day: string) => void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { year, month, days, today, onPick } = props;
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = `${year}-${pad(month)}-01`;
  const blanks = weekdayIndex(first);
  const heads = t('weekdays').split(',');
  return (
    <div>
      <div className="hy-cal-month-title">{t('month', { month })}</div>
      <div className="hy-cal-grid">
        {heads.map((h) => (
          <div key={h} className="hy-cal-head">
            {h}
          </div>
        ))}
        {blanks > 0 && <div style={{ gridColumn: `span ${blanks}` }} />}
        {Array.from({ length: count }, (_, i) => {
          const day = `${year}-${pad(month)}-${pad(i + 1)}`;
          const entry = days.get(day);
          const name = dayName(entry, i18n.language);
          const content = (
            <>
              <span className="hy-cal-num">{i + 1}</span>
              {name && <span className="hy-cal-name">{name}</span>}
            </>
          );
          const label = name ? `${day} ${name}` : day;
          return onPick ? (
            <button
              type="button"
              key={day}
              className={dayClass(day, entry, today)}
              title={label}
              aria-label={label}
              onClick={() => onPick(day)}
            >
              {content}
            </button>
          ) : (
            <div key={day} className={dayClass(day, entry, today)} title={label}>
              {content}
            </div>
          );
        })}
      </div>
    </div>
  );
}

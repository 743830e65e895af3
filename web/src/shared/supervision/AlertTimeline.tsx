// An alert's life in order: raised (the person reminded, or reported at once), reported, seen by a
// manager, explained by the person, closed with its outcome. Steps not reached yet are left out,
// except the person's explanation, which is shown as awaited while the alert is open.
import { useTranslation } from 'react-i18next';
import type { Alert } from './api.ts';
import { clock, outcomeText } from './labels.ts';
import './strings.ts';
import './supervision.css';

type Step = { key: string; at: string | null; text: string; note?: string | null; pending?: boolean };

export function timelineSteps(a: Alert, t: (key: string, vars?: Record<string, unknown>) => string): Step[] {
  const steps: Step[] = [
    {
      key: 'raised',
      at: a.raisedAt,
      text: `${t('timeline.raised')} · ${t(`timeline.${a.stage === 'reported' && a.reportedAt === a.raisedAt ? 'reported' : 'reminded'}`)}`,
    },
  ];
  if (a.reportedAt && a.reportedAt !== a.raisedAt)
    steps.push({ key: 'reported', at: a.reportedAt, text: t('timeline.reported') });
  if (a.seenAt) steps.push({ key: 'seen', at: a.seenAt, text: t('timeline.seen') });
  if (a.explainedAt)
    // The explanation itself has its own section beside the timeline; it is not repeated here.
    steps.push({ key: 'explained', at: a.explainedAt, text: t('timeline.explained') });
  else if (!a.closedAt)
    steps.push({ key: 'explained', at: null, text: t('timeline.waitingExplanation'), pending: true });
  if (a.closedAt && a.outcome) {
    steps.push({
      key: 'closed',
      at: a.closedAt,
      text: `${t('timeline.closed', { outcome: outcomeText(a.outcome) })}${a.closedByName ? ` · ${t('timeline.closedBy', { name: a.closedByName })}` : ''}`,
      note: a.outcomeNote,
    });
  }
  // Same-moment steps keep their logical order; otherwise by time.
  return steps.sort((x, y) => (x.at && y.at ? Date.parse(x.at) - Date.parse(y.at) : x.at ? -1 : y.at ? 1 : 0));
}

export function AlertTimeline({ alert }: { alert: Alert }) {
  const { t } = useTranslation('supervision');
  return (
    <ol className="hy-sv-timeline" aria-label={t('timeline.title')}>
      {timelineSteps(alert, t).map((s) => (
        <li key={s.key} className={s.pending ? 'hy-sv-step hy-sv-step-pending' : `hy-sv-step hy-sv-step-${s.key}`}>
          <span className="hy-sv-step-text">{s.text}</span>
          {s.at && <span className="hy-sv-step-at">{clock(s.at)}</span>}
          {s.note && <span className="hy-sv-step-note">{s.note}</span>}
        </li>
      ))}
    </ol>
  );
}

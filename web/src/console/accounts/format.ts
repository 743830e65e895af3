// Dates and times as these screens show them, in the UI language.
import { currentLang } from '../../i18n/index.ts';

/** An ISO instant as local date and time (or date only). */
export function formatTime(iso: string, withTime = true): string {
  const d = new Date(iso);
  const locale = currentLang() === 'en' ? 'en-GB' : 'zh-CN';
  return withTime
    ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

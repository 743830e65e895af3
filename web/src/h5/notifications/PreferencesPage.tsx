// 消息设置 on the phone (from 我的 and from 消息): text messages and email on or off, the email
// address, and quiet hours in China time. Big switches and plain words; saving says so.
import { Button, Input, List, Switch, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { type PreferencesInput, usePreferences, useSavePreferences } from '../../shared/notifications/queries.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import '../../shared/notifications/strings.ts';
import './notifications.css';

const HOURS = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

function TimeSelect({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const options = HOURS.includes(value) ? HOURS : [value, ...HOURS];
  return (
    <label className="hy-prefs-time">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Component() {
  const { t } = useTranslation('notify');
  const prefs = usePreferences();
  const save = useSavePreferences();
  const [draft, setDraft] = useState<PreferencesInput | null>(null);
  const [addressError, setAddressError] = useState<string | null>(null);
  useEffect(() => {
    if (prefs.data && !draft) {
      const { available: _, ...rest } = prefs.data;
      setDraft(rest);
    }
  }, [prefs.data, draft]);
  if (prefs.isPending || (!draft && !prefs.error)) return <PageLoading />;
  if (prefs.error || !draft) return <LoadFailed error={prefs.error} onRetry={() => void prefs.refetch()} />;
  const available = prefs.data.available;
  const set = (next: Partial<PreferencesInput>) => setDraft({ ...draft, ...next });

  const submit = async () => {
    setAddressError(null);
    try {
      await save.mutateAsync({ ...draft, email: { ...draft.email, address: draft.email.address?.trim() || null } });
      Toast.show({ icon: 'success', content: t('prefs.saved') });
    } catch (e) {
      const field = e instanceof ApiError ? e.fields.find((f) => f.field.startsWith('email')) : undefined;
      if (field) setAddressError(field.message);
      else Toast.show({ icon: 'fail', content: errorText(e) });
    }
  };

  return (
    <div className="hy-m-page">
      <h1 className="hy-m-page-title">{t('prefs.title')}</h1>
      <p className="hy-m-note">{t('prefs.intro')}</p>
      <List mode="card">
        <List.Item
          description={available.webhook ? t('prefs.smsHint') : t('prefs.off')}
          extra={
            <Switch
              aria-label={t('prefs.sms')}
              checked={draft.webhook.enabled}
              onChange={(v) => set({ webhook: { enabled: v } })}
            />
          }
        >
          {t('prefs.sms')}
        </List.Item>
        <List.Item
          description={available.email ? null : t('prefs.off')}
          extra={
            <Switch
              aria-label={t('prefs.email')}
              checked={draft.email.enabled}
              onChange={(v) => set({ email: { ...draft.email, enabled: v } })}
            />
          }
        >
          {t('prefs.email')}
        </List.Item>
        {draft.email.enabled && (
          <List.Item
            className="hy-prefs-address"
            title={<label htmlFor="hy-prefs-email">{t('prefs.address')}</label>}
            description={addressError && <span className="hy-prefs-error">{addressError}</span>}
          >
            <Input
              id="hy-prefs-email"
              type="email"
              inputMode="email"
              placeholder={t('prefs.addressPlaceholder')}
              value={draft.email.address ?? ''}
              onChange={(v) => set({ email: { ...draft.email, address: v } })}
              clearable
            />
          </List.Item>
        )}
      </List>
      <List mode="card">
        <List.Item
          description={t('prefs.quietHint')}
          extra={
            <Switch
              aria-label={t('prefs.quiet')}
              checked={draft.quietHours.enabled}
              onChange={(v) => set({ quietHours: { ...draft.quietHours, enabled: v } })}
            />
          }
        >
          {t('prefs.quiet')}
        </List.Item>
        {draft.quietHours.enabled && (
          <List.Item>
            <div className="hy-prefs-times">
              <TimeSelect
                label={t('prefs.start')}
                value={draft.quietHours.start}
                onChange={(v) => set({ quietHours: { ...draft.quietHours, start: v } })}
              />
              <TimeSelect
                label={t('prefs.end')}
                value={draft.quietHours.end}
                onChange={(v) => set({ quietHours: { ...draft.quietHours, end: v } })}
              />
            </div>
          </List.Item>
        )}
      </List>
      <div className="hy-m-actions">
        <Button block size="large" color="primary" loading={save.isPending} onClick={() => void submit()}>
          {t('prefs.save')}
        </Button>
      </div>
    </div>
  );
}

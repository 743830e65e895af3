import { type ContentStatus, ContentStatusLabels } from '@hongyun/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ContentStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  scheduled: 'purple',
  published: 'success',
  withdrawn: 'default',
};

/** 2026-12-03T00:00:00Z → "12月3日 08:00" (China time, as the cron publishes). */
export function publishTimeText(iso: string, lang: 'zh' | 'en') {
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The status in words; a scheduled item also says when it goes out (定时发布 · 12月3日 08:00). */
export function StatusTag({ status, publishAt }: { status: ContentStatus; publishAt?: string | null }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const label = ContentStatusLabels[status][lang];
  return (
    <Tag color={COLORS[status]}>
      {status === 'scheduled' && publishAt ? `${label} · ${publishTimeText(publishAt, lang)}` : label}
    </Tag>
  );
}

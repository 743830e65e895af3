// The item as members will read it (the body is the server's sanitised HTML).
import { type ContentChannel, ContentChannelLabels } from '@hongyun/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Previewable = {
  title: string;
  summary: string;
  source: string | null;
  orgName: string;
  channel: ContentChannel;
  bodyHtml: string;
};

export function ContentPreview({ item }: { item: Previewable }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <article className="hy-preview">
      <Typography.Title level={3}>{item.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {ContentChannelLabels[item.channel][lang]} · {item.orgName}
        {item.source ? ` · ${item.source}` : ''}
      </Typography.Paragraph>
      {item.summary && <Typography.Paragraph>{item.summary}</Typography.Paragraph>}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server's sanitised body, as saved (modules/content/sanitize.ts) */}
      <div className="hy-article" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
    </article>
  );
}

import { type ContentStatus, ContentStatusLabels } from '@hongyun/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ContentStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  published: 'success',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: ContentStatus }) {
  const { i18n } = useTranslation();
  return <Tag color={COLORS[status]}>{ContentStatusLabels[status][i18n.language === 'en' ? 'en' : 'zh']}</Tag>;
}

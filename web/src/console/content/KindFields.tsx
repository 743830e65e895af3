// What a document or video item shows: the uploaded PDF (shown, opened, replaced) and the video of
// the library (ready ones only: the server refuses a video still transcoding).
import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { durationText } from '../videos/video-api.ts';
import { sizeText, uploadContentMedia } from './media-api.ts';

export type DocumentValue = { id: string; url: string; pageCount: number | null; sizeBytes: number };

export function DocumentField({
  orgId,
  value,
  onChange,
}: {
  orgId: number | undefined;
  value?: DocumentValue | null;
  onChange?: (doc: DocumentValue) => void;
}) {
  const { t } = useTranslation('content');
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [isUploading, setUploading] = useState(false);
  const pick = async (file: File | undefined) => {
    if (!file || orgId === undefined) return;
    setUploading(true);
    try {
      const m = await uploadContentMedia('documents', orgId, file);
      onChange?.({ id: m.id, url: m.url, pageCount: m.pageCount, sizeBytes: m.sizeBytes });
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Space wrap>
      {value && (
        <Typography.Link href={value.url} target="_blank" rel="noopener">
          <FilePdfOutlined /> {t('fields.documentOpen')}
          {' · '}
          {value.pageCount ? `${t('fields.documentPages', { count: value.pageCount })} · ` : ''}
          {sizeText(value.sizeBytes)}
        </Typography.Link>
      )}
      <Button
        icon={<UploadOutlined />}
        loading={isUploading}
        disabled={orgId === undefined}
        title={orgId === undefined ? t('fields.documentNeedsOrg') : undefined}
        onClick={() => input.current?.click()}
      >
        {value ? t('fields.documentReplace') : t('fields.documentUpload')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        style={{ display: 'none' }}
        aria-hidden
        onChange={(e) => void pick(e.target.files?.[0])}
      />
    </Space>
  );
}

export function VideoSelect({
  value,
  onChange,
  current,
  id,
}: {
  value?: string | null;
  onChange?: (id: string) => void;
  /** The item's video as saved, shown even when the list below does not hold it. */
  current?: { id: string; title: string } | null;
  id?: string;
}) {
  const { t } = useTranslation('content');
  const videos = useQuery({
    queryKey: ['videos', 'ready'],
    queryFn: () => call(http.GET('/api/videos', { params: { query: { status: 'ready', pageSize: 200 } } })),
  });
  const options = (videos.data?.data ?? []).map((v) => ({
    value: v.id,
    label: `${v.title} · ${v.orgName} · ${durationText(v.durationSeconds)}`,
  }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.title });
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      loading={videos.isPending}
      placeholder={t('fields.videoPlaceholder')}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      options={options}
      style={{ minWidth: 360 }}
    />
  );
}

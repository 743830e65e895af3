// 视频库: the videos of the organisations the admin manages, with poster, length and status; while
// a video transcodes its progress bar moves (the list polls every 3 s), a failure says why in words.
// Upload in a dialog with progress; a ready video previews in the browser's own player.
import { PlaySquareOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Modal, Progress, Result, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { UploadVideoModal } from './UploadVideoModal.tsx';
import './strings.ts';
import { durationText, fetchVideos, type VideoItem } from './video-api.ts';

const tone = { processing: 'processing', ready: 'success', failed: 'error' } as const;

function StatusCell({ v }: { v: VideoItem }) {
  const { t } = useTranslation('video');
  if (v.status === 'processing') {
    return (
      <Flex vertical gap={2} style={{ minWidth: 140 }}>
        <Tag color={tone.processing}>{t('status.processing')}</Tag>
        <Progress percent={v.progress} size="small" aria-label={`${t('status.processing')} ${v.progress}%`} />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={2} style={{ maxWidth: 320 }}>
      <Tag color={tone[v.status]} style={{ width: 'fit-content' }}>
        {t(`status.${v.status}`)}
      </Tag>
      {v.errorMessage && <Typography.Text type="danger">{v.errorMessage}</Typography.Text>}
    </Flex>
  );
}

export function Component() {
  const { t } = useTranslation('video');
  const { message } = App.useApp();
  const me = useSignedInMe();
  const allowed = me.abilities.canManageVideoLibrary === true;
  const [page, setPage] = useState(1);
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<VideoItem | null>(null);
  const list = useQuery({
    queryKey: ['videos', page],
    queryFn: ({ signal }) => fetchVideos(page, signal),
    enabled: allowed,
    refetchInterval: (q) => (q.state.data?.data.some((v) => v.status === 'processing') ? 3000 : false),
  });
  if (!allowed) return <Result status="403" title="403" subTitle={t('common:state.forbidden')} />;

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
          {t('upload')}
        </Button>
      </div>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Card size="small">
        <Table<VideoItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.data ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('none') }}
          pagination={{ current: page, total: list.data?.total ?? 0, pageSize: 20, onChange: setPage }}
          columns={[
            {
              key: 'poster',
              title: t('col.poster'),
              width: 120,
              render: (_, v) =>
                v.hasPoster ? (
                  <img
                    src={`/api/videos/${v.id}/poster`}
                    alt={v.title}
                    width={112}
                    height={63}
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                  />
                ) : (
                  <Flex
                    align="center"
                    justify="center"
                    style={{ width: 112, height: 63, background: '#f5f5f5', borderRadius: 4 }}
                  >
                    <PlaySquareOutlined style={{ fontSize: 24, color: '#bbb' }} />
                  </Flex>
                ),
            },
            { key: 'title', title: t('col.title'), dataIndex: 'title' },
            { key: 'org', title: t('col.org'), dataIndex: 'orgName' },
            { key: 'duration', title: t('col.duration'), render: (_, v) => durationText(v.durationSeconds) },
            { key: 'status', title: t('col.status'), render: (_, v) => <StatusCell v={v} /> },
            {
              key: 'created',
              title: t('col.created'),
              render: (_, v) => dayjs(v.createdAt).format('YYYY-MM-DD HH:mm'),
            },
            {
              key: 'actions',
              title: '',
              render: (_, v) => (
                <Button type="link" disabled={v.status !== 'ready'} onClick={() => setPreview(v)}>
                  {t('preview')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <UploadVideoModal
        open={uploading}
        onClose={() => setUploading(false)}
        onUploaded={() => {
          setUploading(false);
          message.success(t('form.done'));
          void list.refetch();
        }}
      />
      <Modal
        open={!!preview}
        title={preview?.title}
        footer={null}
        width={800}
        onCancel={() => setPreview(null)}
        destroyOnHidden
      >
        {preview && (
          // biome-ignore lint/a11y/useMediaCaption: uploaded lessons come without caption tracks
          <video
            src={`/api/videos/${preview.id}/stream?quality=standard`}
            poster={preview.hasPoster ? `/api/videos/${preview.id}/poster` : undefined}
            controls
            preload="metadata"
            style={{ width: '100%', background: '#000' }}
          />
        )}
      </Modal>
    </Flex>
  );
}

// 导出: starts a learning export job, follows it (useJob polls) and offers the file when done;
// closing the dialog mid-way is fine, the job carries on.
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import type { JobView } from '@hongyun/contracts';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { JobProgress } from '../../shared/jobs/JobProgress.tsx';
import { downloadFile, isJobActive, useJob } from '../../shared/jobs/useJob.ts';
import { type ExportRequest, startLearningExport } from './api.ts';
import './strings.ts';

/** A key for the Idempotency-Key header (randomUUID needs a secure context; plain http falls back). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * The export button and its dialog. A learning export names its org and request; another screen's
 * export (a special quiz's results) passes `start`, which starts its job with the given key.
 */
export function ExportButton(
  props: { label: string } & (
    | { orgId: number; request: ExportRequest; start?: undefined }
    | { start: (idempotencyKey: string) => Promise<JobView>; orgId?: undefined; request?: undefined }
  ),
) {
  const { label } = props;
  const { t } = useTranslation('learningDashboard');
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const job = useJob(jobId).data;
  const r = job?.status === 'succeeded' ? job.result : null;
  const fileId = r && typeof r.fileId === 'string' ? r.fileId : null;

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const key = newIdempotencyKey();
      const job = props.start ? await props.start(key) : await startLearningExport(props.orgId, props.request, key);
      setJobId(job.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setStarting(false);
    }
  };

  return (
    <>
      <Button
        icon={<ExportOutlined />}
        onClick={() => {
          setJobId(null);
          setOpen(true);
          void start();
        }}
      >
        {label}
      </Button>
      <Modal
        title={t('export.title')}
        open={open}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setOpen(false)}>{t('common:action.close')}</Button>
            {fileId ? (
              <Button type="primary" icon={<DownloadOutlined />} onClick={() => downloadFile(fileId)}>
                {t('export.download')}
              </Button>
            ) : (
              <Button
                type="primary"
                loading={starting || isJobActive(job) || (!!jobId && !job)}
                disabled={!error && job?.status !== 'failed'}
                onClick={() => void start()}
              >
                {t('common:state.retry')}
              </Button>
            )}
          </Space>
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('export.hint')}
          </Typography.Paragraph>
          {error ? <Alert type="error" showIcon title={error} role="alert" /> : <JobProgress job={job} />}
          {r && fileId && (
            <Typography.Text>
              {t('export.done', { rows: typeof r.rows === 'number' ? r.rows : 0 })}
              {typeof r.fileName === 'string' && (
                <>
                  {' · '}
                  <Typography.Text code>{r.fileName}</Typography.Text>
                </>
              )}
            </Typography.Text>
          )}
        </Space>
      </Modal>
    </>
  );
}

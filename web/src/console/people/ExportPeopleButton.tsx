// 导出: exports the list's current filter to Excel as a background job. The dialog starts the job,
// follows it (useJob polls) and offers the file when it is done; closing it mid-way is fine, the
// job carries on and a new export can be started later.
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { JobProgress } from '../../shared/jobs/JobProgress.tsx';
import { downloadFile, isJobActive, useJob } from '../../shared/jobs/useJob.ts';
import { exportResult, type PeopleFilter, startPeopleExport } from './api.ts';

/** A key for the Idempotency-Key header (randomUUID needs a secure context; plain http falls back). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function ExportPeopleButton({ filter }: { filter: PeopleFilter }) {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const job = useJob(jobId).data;
  const result = exportResult(job);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const started = await startPeopleExport(filter, newIdempotencyKey());
      setJobId(started.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setStarting(false);
    }
  };

  const openDialog = () => {
    setJobId(null);
    setError(null);
    setOpen(true);
    void start();
  };

  const download = () => {
    if (!result) return;
    downloadFile(result.fileId);
    void message.success(t('export.done', { rows: result.rows }));
  };

  return (
    <>
      <Button icon={<ExportOutlined />} onClick={openDialog}>
        {t('action.export')}
      </Button>
      <Modal
        title={t('export.title')}
        open={open}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={() => setOpen(false)}>{t('common:action.close')}</Button>
            {result ? (
              <Button type="primary" icon={<DownloadOutlined />} onClick={download}>
                {t('export.download')}
              </Button>
            ) : (
              <Button
                type="primary"
                loading={starting || isJobActive(job) || (!!jobId && !job)}
                disabled={!error && job?.status !== 'failed'}
                onClick={() => void start()}
              >
                {error || job?.status === 'failed' ? t('common:state.retry') : t('export.start')}
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
          {result && (
            <Typography.Text>
              {t('export.done', { rows: result.rows })}
              {result.maskedIdNumbers > 0 && t('export.masked', { count: result.maskedIdNumbers })}
              {result.fileName && (
                <>
                  {' · '}
                  <Typography.Text code>{result.fileName}</Typography.Text>
                </>
              )}
            </Typography.Text>
          )}
        </Space>
      </Modal>
    </>
  );
}

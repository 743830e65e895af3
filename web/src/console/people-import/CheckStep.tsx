// Step 3: the check job followed to its end (rows so far on a bar), then its report. A clean check
// moves on to the confirmation once; Back from there shows the result again without jumping.
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { JobProgress } from '../../shared/jobs/JobProgress.tsx';
import { isJobActive, useJob } from '../../shared/jobs/useJob.ts';
import { ImportReport } from './ImportReport.tsx';
import { type ImportKind, importResultOf, type UploadedFile } from './import-api.ts';
import { NS } from './strings.ts';

export function CheckStep({
  kind,
  jobId,
  file,
  orgName,
  isStarting,
  startError,
  advancedFor,
  onPassed,
  onRetry,
  onReupload,
  onNext,
}: {
  kind?: ImportKind;
  jobId: string | null;
  file: UploadedFile | null;
  orgName: string;
  isStarting: boolean;
  startError: unknown;
  /** The check already moved on from; a clean check moves on by itself only once. */
  advancedFor: string | null;
  onPassed: (jobId: string) => void;
  onRetry: () => void;
  onReupload: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation(NS);
  const { data: job, error } = useJob(jobId);
  const result = job?.status === 'succeeded' ? importResultOf(job) : null;
  const isClean = !!result && result.invalid === 0;

  useEffect(() => {
    if (jobId && result && isClean && advancedFor !== jobId) onPassed(jobId);
  }, [jobId, result, isClean, advancedFor, onPassed]);

  const reupload = (
    <Button onClick={onReupload} disabled={isStarting}>
      {t('check.reupload')}
    </Button>
  );

  if (!jobId) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {startError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('upload.startFailed')}
            description={errorText(startError)}
          />
        ) : (
          <Typography.Text type="secondary">{t('check.notStarted')}</Typography.Text>
        )}
        <Space wrap>
          {reupload}
          <Button type="primary" disabled={!file} loading={isStarting} onClick={onRetry}>
            {t('upload.check')}
          </Button>
        </Space>
      </Space>
    );
  }

  if (error) {
    // The job itself could not be read (gone, or the session changed hands).
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="error" showIcon role="alert" title={errorText(error)} />
        <Space wrap>
          {reupload}
          <Button onClick={onRetry} loading={isStarting}>
            {t('check.retry')}
          </Button>
        </Space>
      </Space>
    );
  }

  if (!job || isJobActive(job) || job.status === 'failed' || !result) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
        {file && (
          <Typography.Text>
            {job?.status === 'failed'
              ? t('check.fileTo', { file: file.name, org: orgName })
              : t('check.running', { name: file.name })}
          </Typography.Text>
        )}
        <JobProgress job={job} />
        {job?.status === 'failed' && (
          <Space wrap>
            {reupload}
            <Button onClick={onRetry} loading={isStarting}>
              {t('check.retry')}
            </Button>
          </Space>
        )}
      </Space>
    );
  }

  return (
    <ImportReport
      heading={file && t('check.fileTo', { file: file.name, org: result.org.name || orgName })}
      result={result}
      failedTitle={t('check.failedTitle', { invalid: result.invalid })}
      failedHint={t('check.failedHint')}
      reportLabel={t('check.report')}
      nameTitle={kind === 'questions' ? t('check.colStem') : undefined}
      actions={
        isClean ? (
          <Space wrap>
            <Typography.Text type="success">
              <CheckCircleFilled /> {t('check.allPassed', { rows: result.rows })}
            </Typography.Text>
            {reupload}
            <Button type="primary" onClick={onNext}>
              {t('check.toConfirm')}
            </Button>
          </Space>
        ) : (
          reupload
        )
      }
    />
  );
}

// Step 4: "import N rows" runs the same request as the check with dryRun false. The server knows the
// row count from the check, so the bar shows a percentage; the end is either a summary with a link
// to what was written, or (when a row failed meanwhile) the report, exactly like a failed check.
import { Alert, Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../shared/errors.ts';
import { JobProgress } from '../../shared/jobs/JobProgress.tsx';
import { hasJobResult, isJobActive, useJob } from '../../shared/jobs/useJob.ts';
import { ImportReport, UnknownColumnsNote } from './ImportReport.tsx';
import { type ImportKind, importedListPath, importResultOf } from './import-api.ts';
import { NS } from './strings.ts';

export function ConfirmStep({
  kind,
  fileName,
  orgName,
  checkJobId,
  writeJobId,
  isStarting,
  startError,
  onConfirm,
  onPrev,
  onReupload,
  onRestart,
}: {
  kind: ImportKind;
  fileName: string | null;
  orgName: string;
  checkJobId: string | null;
  writeJobId: string | null;
  isStarting: boolean;
  startError: unknown;
  onConfirm: () => void;
  onPrev: () => void;
  onReupload: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const { data: checkJob } = useJob(checkJobId);
  const { data: writeJob, error: writeReadError } = useJob(writeJobId);
  const checked = importResultOf(checkJob);
  // A rejected write (rows failed, nothing written) has its report like a failed check.
  const written = hasJobResult(writeJob) ? importResultOf(writeJob) : null;
  const org = written?.org.name ?? orgName;

  if (!writeJobId) {
    if (!checked || checked.invalid > 0) {
      return (
        <Space orientation="vertical" size="middle">
          <Typography.Text type="secondary">{t('confirm.needCheck')}</Typography.Text>
          <Button onClick={onPrev}>{t('nav.prev')}</Button>
        </Space>
      );
    }
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
        <Alert
          type="info"
          showIcon
          title={t('confirm.ready', { rows: checked.valid, org })}
          description={t(kind === 'questions' ? 'questions.atomic' : 'confirm.atomic')}
        />
        <UnknownColumnsNote result={checked} />
        {startError !== null && startError !== undefined && (
          <Alert type="error" showIcon role="alert" title={errorText(startError)} />
        )}
        <Space wrap>
          <Button onClick={onPrev} disabled={isStarting}>
            {t('nav.prev')}
          </Button>
          <Button type="primary" loading={isStarting} onClick={onConfirm}>
            {t('confirm.button', { rows: checked.valid })}
          </Button>
        </Space>
      </Space>
    );
  }

  if (writeReadError) return <Alert type="error" showIcon role="alert" title={errorText(writeReadError)} />;

  if (!writeJob || isJobActive(writeJob) || writeJob.status === 'failed' || !written) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
        <Typography.Text>{t('confirm.writing')}</Typography.Text>
        <JobProgress job={writeJob} />
        {writeJob?.status === 'failed' && (
          <Space wrap>
            <Button onClick={onReupload}>{t('check.reupload')}</Button>
            <Button onClick={onRestart}>{t('nav.restart')}</Button>
          </Space>
        )}
      </Space>
    );
  }

  if (writeJob.status === 'rejected' || !written.isWritten) {
    return (
      <ImportReport
        heading={fileName && t('check.fileTo', { file: fileName, org })}
        result={written}
        failedTitle={t('confirm.rejectedTitle')}
        failedHint={t('confirm.rejectedHint', { invalid: written.invalid })}
        reportLabel={t('check.report')}
        nameTitle={kind === 'questions' ? t('check.colStem') : undefined}
        actions={<Button onClick={onReupload}>{t('check.reupload')}</Button>}
      />
    );
  }

  return (
    <Result
      status="success"
      title={t(`${kind}.success`, { count: written.written })}
      subTitle={t(`${kind}.successHint`, { org })}
      extra={[
        <Button key="list" type="primary" onClick={() => navigate(importedListPath(kind, written.org.id))}>
          {t(`${kind}.viewList`, { org })}
        </Button>,
        <Button key="again" onClick={onRestart}>
          {t('confirm.another')}
        </Button>,
      ]}
    />
  );
}

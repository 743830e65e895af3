// The progress of a background job in words and a bar: queued, running (rows so far, percent when
// known), interrupted (queued again after a restart), done, rejected (ran to its end and changed
// nothing, e.g. an import with failed rows), or failed with the server's message.
import { Alert, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addStrings } from '../../i18n/index.ts';
import { type Job, jobPercent } from './useJob.ts';

addStrings('jobs', {
  zh: {
    queued: '排队中，马上开始…',
    running: '处理中：已处理 {{done}} 行',
    runningOf: '处理中：{{done}} / {{total}} 行',
    succeeded: '已完成',
    rejected: '已拒绝：有行未通过检查，未写入任何数据',
    interrupted: '服务重启，任务已中断，正在重新排队…',
    failed: '任务失败',
  },
  en: {
    queued: 'Queued, starting shortly…',
    running: 'Working: {{done}} rows so far',
    runningOf: 'Working: {{done}} of {{total}} rows',
    succeeded: 'Done',
    rejected: 'Rejected: some rows failed, nothing was written',
    interrupted: 'Interrupted by a server restart, queued again…',
    failed: 'The job failed',
  },
});

export function JobProgress({ job }: { job: Job | undefined }) {
  const { t } = useTranslation('jobs');
  if (!job) return <Typography.Text type="secondary">{t('queued')}</Typography.Text>;
  if (job.status === 'failed') {
    return <Alert type="error" showIcon title={t('failed')} description={job.error?.message} role="alert" />;
  }
  if (job.status === 'rejected') return <Alert type="warning" showIcon title={t('rejected')} role="alert" />;
  const percent = jobPercent(job);
  const text =
    job.status === 'queued'
      ? t('queued')
      : job.status === 'interrupted'
        ? t('interrupted')
        : job.status === 'succeeded'
          ? t('succeeded')
          : job.total
            ? t('runningOf', { done: job.done, total: job.total })
            : t('running', { done: job.done });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} aria-live="polite">
      <Progress
        percent={percent ?? 100}
        status={job.status === 'succeeded' ? 'success' : 'active'}
        showInfo={percent !== null}
        aria-label={text}
      />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </Space>
  );
}

// 运行: checks one rule now for a day (default: the last working day that has ended, the server
// decides) and says what it found in a sentence, kept on screen until the dialog is closed.
import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { type Rule, type RunResult, useRuleActions } from '../../shared/supervision/api.ts';
import './strings.ts';

export function RunRuleButton({ rule }: { rule: Rule }) {
  const { t } = useTranslation('supervisionAdmin');
  const { run } = useRuleActions();
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState<Dayjs | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    setResult(null);
    try {
      setResult(await run.mutateAsync({ id: rule.id, day: day?.format('YYYY-MM-DD') }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      <Button size="small" icon={<PlayCircleOutlined />} onClick={() => setOpen(true)}>
        {t('rules.run')}
      </Button>
      <Modal
        open={open}
        title={t('rules.runTitle', { name: rule.name })}
        onCancel={() => setOpen(false)}
        afterOpenChange={(visible) => {
          if (!visible) setResult(null);
        }}
        footer={
          <Flex gap={8} justify="end">
            <Button onClick={() => setOpen(false)}>{t('common:action.close')}</Button>
            <Button type="primary" loading={run.isPending} onClick={() => void start()}>
              {t('rules.runNow')}
            </Button>
          </Flex>
        }
      >
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('rules.runHint')}
          </Typography.Paragraph>
          <label htmlFor={`run-day-${rule.id}`}>
            {t('rules.runDay')}{' '}
            <DatePicker
              id={`run-day-${rule.id}`}
              value={day}
              onChange={setDay}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            />
          </label>
          {result && (
            <Alert
              type={result.raised + result.escalated > 0 ? 'warning' : 'success'}
              showIcon
              role="status"
              title={result.isWorkday ? t('rules.runResult', { ...result }) : t('rules.runOffDay', { day: result.day })}
            />
          )}
          {error && <Alert type="error" showIcon role="alert" title={error} />}
        </Flex>
      </Modal>
    </>
  );
}

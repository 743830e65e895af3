// 办结: the outcome (reminded, a talk, no action, or a false alarm whose days are then excused) and
// a note, which a false alarm must give. The server's problems land on the fields.
import { type AlertOutcome, AlertOutcomes, SupervisionLimits } from '@hongyun/contracts';
import { App, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { useAlertActions } from '../../shared/supervision/api.ts';
import { outcomeText } from '../../shared/supervision/labels.ts';
import './strings.ts';

type Values = { outcome: AlertOutcome; note?: string };

export function CloseAlertForm({ alertId }: { alertId: string }) {
  const { t } = useTranslation('supervisionAdmin');
  const { message } = App.useApp();
  const { close } = useAlertActions();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);

  const submit = async (v: Values) => {
    try {
      await close.mutateAsync({ id: alertId, outcome: v.outcome, note: v.note?.trim() ?? '' });
      message.success(t('detail.closed'));
    } catch (e) {
      if (!showFieldErrors(form, e)) message.error(errorText(e));
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ outcome: 'reminded', note: '' }} onFinish={submit}>
      <Form.Item name="outcome" label={t('detail.outcome')} rules={[{ required: true }]}>
        <Radio.Group options={AlertOutcomes.map((o) => ({ value: o, label: outcomeText(o) }))} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('detail.note')}
        rules={[{ required: outcome === 'false_alarm', whitespace: true, message: t('detail.noteRequired') }]}
        extra={outcome === 'false_alarm' ? t('detail.noteRequired') : undefined}
      >
        <Input.TextArea
          rows={3}
          maxLength={SupervisionLimits.noteMax}
          showCount
          placeholder={t('detail.notePlaceholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={close.isPending}>
        {t('detail.closeSubmit')}
      </Button>
    </Form>
  );
}

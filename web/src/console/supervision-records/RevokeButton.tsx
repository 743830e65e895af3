// 撤销: a record is never deleted; revoking asks for the reason and keeps the record, marked.
import { RecordLimits } from '@hongyun/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import './strings.ts';

export function RevokeButton({ onRevoke }: { onRevoke: (reason: string) => Promise<unknown> }) {
  const { t } = useTranslation('records');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    setSaving(true);
    try {
      await onRevoke(reason.trim());
      void message.success(t('revoke.done'));
      setOpen(false);
      form.resetFields();
    } catch (e) {
      if (!showFieldErrors(form, e)) void message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" danger type="link" onClick={() => setOpen(true)}>
        {t('revoke.action')}
      </Button>
      <Modal
        title={t('revoke.title')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('revoke.action')}
        okButtonProps={{ danger: true, loading: saving }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('revoke.note')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="reason"
            label={t('field.revokeReason')}
            rules={[{ required: true, whitespace: true }, { max: RecordLimits.revokeReasonMax }]}
          >
            <Input.TextArea rows={3} maxLength={RecordLimits.revokeReasonMax} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

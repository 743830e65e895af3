// 转接组织关系: moves a member to another organisation (POST /api/people/:id/transfer). The date
// defaults to today and can lie neither in the future nor before the current membership began (the
// server checks both again); on success the record and its history are read again.
import { SwapOutlined } from '@ant-design/icons';
import { PeopleLimits } from '@hongyun/contracts';
import { App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { type Person, transferPerson } from './api.ts';

type Values = { toOrgId: number | null; effectiveDate: Dayjs | null; reason: string };
type Props = { person: Person; currentSince: string | undefined; onTransferred: () => void };

export function TransferPersonButton({ person, currentSince, onTransferred }: Props) {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [toOrgName, setToOrgName] = useState('');

  const isOutOfRange = (d: Dayjs) =>
    d.isAfter(dayjs(), 'day') || (!!currentSince && d.isBefore(dayjs(currentSince), 'day'));

  const submit = async (v: Values) => {
    if (!v.toOrgId || !v.effectiveDate) return;
    setSaving(true);
    try {
      const { data } = await transferPerson(person.id, {
        toOrgId: v.toOrgId,
        effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
      });
      void message.success(t('transfer.done', { org: data.org?.name ?? toOrgName }));
      setOpen(false);
      onTransferred();
    } catch (e) {
      if (!showFieldErrors(form, e)) void message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button icon={<SwapOutlined />} onClick={() => setOpen(true)}>
        {t('action.transfer')}
      </Button>
      <Modal
        title={t('transfer.title')}
        open={open}
        okText={t('common:action.confirm')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ toOrgId: null, effectiveDate: dayjs(), reason: '' }}
          onFinish={submit}
          preserve={false}
        >
          <Form.Item label={t('transfer.from')}>
            <Typography.Text strong>{person.org?.name ?? '—'}</Typography.Text>
          </Form.Item>
          <Form.Item
            name="toOrgId"
            label={t('transfer.toOrg')}
            rules={[
              { required: true, message: t('transfer.toOrgRequired') },
              {
                validator: async (_, id: number | null) => {
                  if (id !== null && id === person.org?.id) throw new Error(t('transfer.sameOrg'));
                },
              },
            ]}
          >
            <OrgTreeSelect
              allowClear={false}
              style={{ width: '100%' }}
              // Form.Item sets the value; this only keeps the name for the success message.
              onChange={(_, label) => setToOrgName(label ?? '')}
            />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={t('transfer.date')}
            rules={[{ required: true, message: t('transfer.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={isOutOfRange} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('transfer.reason')}
            rules={[{ required: true, whitespace: true, message: t('transfer.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={PeopleLimits.reasonMax}
              showCount
              placeholder={t('transfer.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

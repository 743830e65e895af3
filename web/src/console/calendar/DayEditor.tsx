// The dialog a system admin edits one day in: a day off or a working day, with its name, or back to
// the usual Monday–Friday rule.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { type CalendarDayEntry, revertCalendarDay, setCalendarDay } from './calendar-api.ts';

type Values = { isWorkday: boolean; nameZh: string; nameEn?: string };

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

export function DayEditor(props: { day: string | null; entry: CalendarDayEntry | undefined; onClose: () => void }) {
  const { t } = useTranslation('calendar');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { day, entry, onClose } = props;

  useEffect(() => {
    if (!day) return;
    form.setFieldsValue({
      isWorkday: entry ? entry.isWorkday : isWeekend(day),
      nameZh: entry?.nameZh ?? '',
      nameEn: entry?.nameEn ?? '',
    });
  }, [day, entry, form]);

  const done = (text: string) => {
    message.success(text);
    void client.invalidateQueries({ queryKey: ['calendar'] });
    onClose();
  };
  const save = useMutation({
    mutationFn: (v: Values) =>
      setCalendarDay(day!, { isWorkday: v.isWorkday, nameZh: v.nameZh.trim(), nameEn: v.nameEn?.trim() || undefined }),
    onSuccess: () => done(t('edit.saved')),
    onError: (e) => message.error(errorText(e)),
  });
  const revert = useMutation({
    mutationFn: () => revertCalendarDay(day!),
    onSuccess: () => done(t('edit.reverted')),
    onError: (e) => message.error(errorText(e)),
  });

  const weekday = day ? t('weekdays').split(',')[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7] : '';
  const state = entry ? t(entry.isWorkday ? 'state.workday' : 'state.off') : t('edit.byRule');
  return (
    <Modal
      open={day !== null}
      title={day ? t('edit.title', { day, weekday }) : ''}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap>
          {entry && (
            <Button loading={revert.isPending} onClick={() => revert.mutate()}>
              {t('edit.revert')}
            </Button>
          )}
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('edit.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('edit.current', { state })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="isWorkday" label={t('edit.kind')}>
          <Radio.Group
            options={[
              { value: false, label: t('edit.off') },
              { value: true, label: t('edit.work') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('edit.nameZh')}
          rules={[{ required: true, whitespace: true, message: t('edit.nameRequired') }]}
        >
          <Input maxLength={40} placeholder={t('edit.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('edit.nameEn')}>
          <Input maxLength={40} />
        </Form.Item>
      </Form>
      {entry && <Typography.Text type="secondary">{t('edit.revertHint')}</Typography.Text>}
    </Modal>
  );
}

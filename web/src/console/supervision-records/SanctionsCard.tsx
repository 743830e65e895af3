// 激励惩戒记录: the decisions taken about a person (表扬 as incentive; 提醒、约谈、警示 as discipline),
// newest first, each with its reason, grounds, the alerts it cites and who decided it. Revoked ones
// stay, greyed and marked. Those who may decide add and revoke here; the person reads their own.
import { PlusOutlined } from '@ant-design/icons';
import {
  RecordLimits,
  type SanctionKind,
  SanctionKindLabels,
  SanctionKinds,
  SanctionPolarity,
} from '@hongyun/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { recordKeys, recordSanction, revokeSanction, type Sanction, useSanctions } from './api.ts';
import { RevokeButton } from './RevokeButton.tsx';
import './strings.ts';

const KIND_COLORS: Record<SanctionKind, string> = {
  commendation: 'green',
  reminder: 'blue',
  talk: 'orange',
  warning: 'red',
};
const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

function SanctionItem({ s, canWrite, onRevoked }: { s: Sanction; canWrite: boolean; onRevoked: () => void }) {
  const { t } = useTranslation('records');
  const revoked = s.revocation;
  const polarity = SanctionPolarity[s.kind];
  return (
    <List.Item
      style={revoked ? { opacity: 0.6 } : undefined}
      actions={
        canWrite && !revoked
          ? [<RevokeButton key="revoke" onRevoke={(reason) => revokeSanction(s.id, reason).then(onRevoked)} />]
          : []
      }
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={8}>
          <Tag color={KIND_COLORS[s.kind]}>{pick(SanctionKindLabels[s.kind])}</Tag>
          <Typography.Text type="secondary">{t(`sanctions.${polarity}`)}</Typography.Text>
          <Typography.Text strong>{s.decidedOn}</Typography.Text>
          {revoked && <Tag>{t('revoke.tag')}</Tag>}
        </Space>
        <Typography.Text delete={!!revoked}>{s.reason}</Typography.Text>
        {s.source && <Typography.Text type="secondary">{t('sanctions.source', { text: s.source })}</Typography.Text>}
        {s.alerts.length > 0 && (
          <Typography.Text type="secondary">
            {t('sanctions.alerts', {
              list: s.alerts
                .map((a) => t('sanctions.alert', { rule: a.ruleName, day: a.periodKey }))
                .join(t('sanctions.alertSeparator')),
            })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('sanctions.decidedBy', { name: s.decidedBy.name, date: day(s.createdAt) })}
        </Typography.Text>
        {revoked && (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('revoke.by', { name: revoked.revokedBy.name, date: day(revoked.revokedAt), reason: revoked.reason })}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

type Values = { kind: SanctionKind; decidedOn: Dayjs; reason: string; source?: string };

function AddSanctionButton({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useTranslation('records');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const submit = async (v: Values) => {
    setSaving(true);
    try {
      await recordSanction(personId, {
        kind: v.kind,
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        source: v.source?.trim() ?? '',
      });
      void message.success(t('saved'));
      setOpen(false);
      form.resetFields();
      onSaved();
    } catch (e) {
      if (!showFieldErrors(form, e)) void message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('sanctions.add')}
      </Button>
      <Modal
        title={t('sanctions.add')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: saving }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'reminder', decidedOn: dayjs() }}>
          <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={SanctionKinds.map((k) => ({ value: k, label: pick(SanctionKindLabels[k]) }))}
            />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('field.decidedOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('field.reason')}
            rules={[{ required: true, whitespace: true }, { max: RecordLimits.reasonMax }]}
          >
            <Input.TextArea rows={3} maxLength={RecordLimits.reasonMax} showCount />
          </Form.Item>
          <Form.Item name="source" label={t('field.source')} extra={t('field.sourceHint')}>
            <Input maxLength={RecordLimits.sourceMax} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function SanctionsCard({ personId, isOwn }: { personId: string; isOwn?: boolean }) {
  const { t } = useTranslation('records');
  const client = useQueryClient();
  const list = useSanctions(personId, true);
  const refresh = () => void client.invalidateQueries({ queryKey: recordKeys.all(personId) });
  let body: React.ReactNode;
  if (list.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (list.error) body = <Alert type="error" showIcon role="alert" title={errorText(list.error)} />;
  else if (list.data.data.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sanctions.empty')} />;
  else {
    body = (
      <List
        dataSource={list.data.data}
        rowKey="id"
        renderItem={(s) => <SanctionItem s={s} canWrite={list.data.canWrite} onRevoked={refresh} />}
      />
    );
  }
  return (
    <Card
      title={t('sanctions.title')}
      extra={list.data?.canWrite ? <AddSanctionButton personId={personId} onSaved={refresh} /> : null}
    >
      {isOwn && <Typography.Paragraph type="secondary">{t('sanctions.own')}</Typography.Paragraph>}
      {body}
    </Card>
  );
}

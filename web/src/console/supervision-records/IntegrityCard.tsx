// 诚信档案: a leading cadre's integrity items (个人有关事项报告、廉洁自律、信用记录、其他), for the
// party-building office and org admins only. The list is read (and audited) only when this card is
// shown, which the record summary allows; each evidence file opens in a new tab through the
// server's checked, audited route. Revoked items stay, marked.
import { FileProtectOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type IntegrityKind, IntegrityKindLabels, IntegrityKinds, RecordLimits } from '@hongyun/contracts';
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
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { sizeText } from '../content/media-api.ts';
import {
  attachEvidence,
  evidenceUrl,
  type IntegrityItem,
  recordIntegrityItem,
  recordKeys,
  revokeIntegrityItem,
  useIntegrityItems,
} from './api.ts';
import { RevokeButton } from './RevokeButton.tsx';
import './strings.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

function AttachButton({ itemId, onDone }: { itemId: string; onDone: () => void }) {
  const { t } = useTranslation('records');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept={ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        setBusy(true);
        attachEvidence(itemId, file)
          .then(() => {
            void message.success(t('integrity.attached'));
            onDone();
          })
          .catch((e: unknown) => void message.error(errorText(e)))
          .finally(() => setBusy(false));
        return false;
      }}
    >
      <Button size="small" type="link" icon={<UploadOutlined />} loading={busy}>
        {t('integrity.attach')}
      </Button>
    </Upload>
  );
}

function IntegrityListItem({
  item,
  canWrite,
  onChanged,
}: {
  item: IntegrityItem;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('records');
  const revoked = item.revocation;
  const actions = [];
  if (canWrite && !revoked && !item.evidence)
    actions.push(<AttachButton key="attach" itemId={item.id} onDone={onChanged} />);
  if (canWrite && !revoked) {
    actions.push(
      <RevokeButton key="revoke" onRevoke={(reason) => revokeIntegrityItem(item.id, reason).then(onChanged)} />,
    );
  }
  return (
    <List.Item style={revoked ? { opacity: 0.6 } : undefined} actions={actions}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={8}>
          <Tag color="geekblue">{pick(IntegrityKindLabels[item.kind])}</Tag>
          <Typography.Text strong>{item.occurredOn}</Typography.Text>
          <Typography.Text>{item.source}</Typography.Text>
          {revoked && <Tag>{t('revoke.tag')}</Tag>}
        </Space>
        <Typography.Text delete={!!revoked}>{item.description}</Typography.Text>
        {item.evidence ? (
          <Typography.Link href={evidenceUrl(item.id)} target="_blank" rel="noopener">
            <FileProtectOutlined />{' '}
            {t('integrity.viewEvidence', { name: item.evidence.name, size: sizeText(item.evidence.sizeBytes) })}
          </Typography.Link>
        ) : (
          <Typography.Text type="secondary">{t('integrity.noEvidence')}</Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('integrity.recordedBy', { name: item.recordedBy.name, date: day(item.createdAt) })}
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

type Values = { kind: IntegrityKind; occurredOn: Dayjs; source: string; description: string };

function AddIntegrityButton({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useTranslation('records');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const { data } = await recordIntegrityItem(personId, {
        kind: v.kind,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        source: v.source.trim(),
        description: v.description.trim(),
      });
      // The item is kept even if the file is refused: its evidence can be attached from the list.
      if (file) await attachEvidence(data.id, file).catch((e: unknown) => void message.error(errorText(e)));
      void message.success(t('saved'));
      setOpen(false);
      form.resetFields();
      setFile(null);
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
        {t('integrity.add')}
      </Button>
      <Modal
        title={t('integrity.add')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: saving }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ kind: 'personal_matters', occurredOn: dayjs() }}
        >
          <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
            <Select options={IntegrityKinds.map((k) => ({ value: k, label: pick(IntegrityKindLabels[k]) }))} />
          </Form.Item>
          <Form.Item name="occurredOn" label={t('field.occurredOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="source"
            label={t('field.itemSource')}
            rules={[{ required: true, whitespace: true }, { max: RecordLimits.sourceMax }]}
          >
            <Input maxLength={RecordLimits.sourceMax} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('field.description')}
            rules={[{ required: true, whitespace: true }, { max: RecordLimits.descriptionMax }]}
          >
            <Input.TextArea rows={4} maxLength={RecordLimits.descriptionMax} showCount />
          </Form.Item>
          <Form.Item label={t('field.evidence')}>
            <Upload
              accept={ACCEPT}
              maxCount={1}
              fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />}>{t('field.chooseFile')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function IntegrityCard({ personId }: { personId: string }) {
  const { t } = useTranslation('records');
  const client = useQueryClient();
  const list = useIntegrityItems(personId, true);
  const refresh = () => void client.invalidateQueries({ queryKey: recordKeys.all(personId) });
  let body: React.ReactNode;
  if (list.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (list.error) body = <Alert type="error" showIcon role="alert" title={errorText(list.error)} />;
  else if (!list.data.isLeadingCadre && list.data.data.length === 0) {
    body = <Typography.Text type="secondary">{t('integrity.notLeading')}</Typography.Text>;
  } else if (list.data.data.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('integrity.empty')} />;
  } else {
    body = (
      <List
        dataSource={list.data.data}
        rowKey="id"
        renderItem={(item) => <IntegrityListItem item={item} canWrite={list.data.canWrite} onChanged={refresh} />}
      />
    );
  }
  return (
    <Card
      title={t('integrity.title')}
      extra={list.data?.canWrite ? <AddIntegrityButton personId={personId} onSaved={refresh} /> : null}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('integrity.hint')}
      </Typography.Paragraph>
      {body}
    </Card>
  );
}

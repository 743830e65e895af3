// 上传视频: title, description, the organisation (the current scope by default) and the file, with
// the upload's progress. A refused file is shown as the server words it (not a video, too large).
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Form, Input, Modal, Progress, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { useScope } from '../shell/scope.tsx';
import { uploadVideo } from './video-api.ts';

/** The server's default VIDEO_UPLOAD_MAX_MB: a hint only, the server enforces its own. */
const HINT_MAX_MB = 2048;

type Values = { title: string; description?: string; orgId: number };

export function UploadVideoModal({
  open,
  onClose,
  onUploaded,
}: {
  open: boolean;
  onClose: () => void;
  onUploaded: () => void;
}) {
  const { t } = useTranslation('video');
  const { scope, scopes } = useScope();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    const values = await form.validateFields();
    if (!file) return setError(new Error(t('form.choose')));
    setError(null);
    setPercent(0);
    try {
      await uploadVideo({ ...values, description: values.description ?? '', file }, setPercent);
      form.resetFields();
      setFile(null);
      onUploaded();
    } catch (e) {
      setError(e);
    } finally {
      setPercent(null);
    }
  };

  return (
    <Modal
      open={open}
      title={t('upload')}
      okText={t('form.submit')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={percent !== null}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ orgId: scope?.orgId }}>
        <Form.Item name="title" label={t('form.title')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="orgId" label={t('form.org')} rules={[{ required: true }]}>
          <Select options={scopes.map((s) => ({ value: s.orgId, label: s.orgName }))} />
        </Form.Item>
        <Form.Item label={t('form.file')} required>
          <Upload.Dragger
            accept="video/*,.mkv,.flv,.avi"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false; // sent by our own request, with the fields
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('form.choose')}</p>
            <p className="ant-upload-hint">{t('form.hint', { mb: HINT_MAX_MB })}</p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {percent !== null && <Progress percent={percent} status="active" aria-label={t('form.sending', { percent })} />}
      {error ? <Alert type="error" showIcon role="alert" message={errorText(error)} /> : null}
    </Modal>
  );
}

// Step 2: the spreadsheet goes to POST /api/files with a progress bar; the server's refusals (too
// large, not a spreadsheet, too many uploads) are shown as it words them, with the limit when it gives one.
import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { ErrorCatalog } from '@hongyun/contracts';
import { Alert, Button, Descriptions, Progress, Space, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, upload } from '../../api/client.ts';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import type { UploadedFile } from './import-api.ts';
import { NS } from './strings.ts';

// What the server reads (it tells them by their bytes; the name only lets the picker offer them).
const SHEET_EXTENSIONS = /\.(xlsx|xls|et|ods|csv)$/i;
const ACCEPT = [
  '.xlsx,.xls,.et,.ods,.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/csv',
].join(',');
type Refusal = { title: string; description: string };
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.ceil(bytes / 1024))} KB` : `${mb(bytes)} MB`;

/** A refusal in words: which file, the server's message, and the limit it names, if any. */
function useRefusalText() {
  const { t } = useTranslation(NS);
  return (name: string, e: unknown): Refusal => {
    const title = t('upload.failedFor', { name });
    if (!(e instanceof ApiError)) return { title, description: errorText(e) };
    const details = (e.details ?? {}) as { maxBytes?: number; unpackedLimitBytes?: number };
    const limit =
      e.code === 'FILE_TOO_LARGE' && details.maxBytes
        ? t('upload.limit', { mb: mb(details.maxBytes) })
        : e.code === 'FILE_TOO_LARGE' && details.unpackedLimitBytes
          ? t('upload.unpackedLimit', { mb: mb(details.unpackedLimitBytes) })
          : null;
    return { title, description: limit ? t('upload.withLimit', { message: e.message, limit }) : e.message };
  };
}

export function UploadStep({
  file,
  isStarting,
  startError,
  onUploaded,
  onCheck,
  onPrev,
}: {
  file: UploadedFile | null;
  /** The check is being started (right after an upload, or from the button). */
  isStarting: boolean;
  startError: unknown;
  onUploaded: (file: UploadedFile) => void;
  onCheck: () => void;
  onPrev: () => void;
}) {
  const { t } = useTranslation(NS);
  const refusalText = useRefusalText();
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const send = async (chosen: File) => {
    setRefusal(null);
    // A file that is no spreadsheet by its name would only be refused after the whole upload: say
    // so at once, in the server's own words.
    if (!SHEET_EXTENSIONS.test(chosen.name)) {
      setRefusal({
        title: t('upload.failedFor', { name: chosen.name }),
        description: pick(ErrorCatalog.FILE_TYPE_NOT_ALLOWED),
      });
      return;
    }
    setSending({ name: chosen.name, percent: 0 });
    try {
      const res = await upload(chosen, (percent) => setSending({ name: chosen.name, percent }));
      const { id, name, sizeBytes, expiresAt } = res.data;
      onUploaded({ id, name, sizeBytes, expiresAt });
    } catch (e) {
      setRefusal(refusalText(chosen.name, e));
    } finally {
      setSending(null);
    }
  };

  const isBusy = sending !== null || isStarting;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={isBusy}
        beforeUpload={(chosen) => {
          void send(chosen);
          return Upload.LIST_IGNORE; // our own request, with the API client's headers and errors
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('upload.drag')}</p>
        <p className="ant-upload-hint">{t('upload.hint')}</p>
      </Upload.Dragger>

      {sending && (
        <div aria-live="polite">
          <Typography.Text>{t('upload.uploading', { name: sending.name })}</Typography.Text>
          <Progress
            percent={sending.percent}
            status="active"
            aria-label={t('upload.uploading', { name: sending.name })}
          />
        </div>
      )}

      {refusal && <Alert type="error" showIcon role="alert" title={refusal.title} description={refusal.description} />}

      {file && !sending && (
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ maxWidth: 560 }}
          title={
            <Space>
              <FileExcelOutlined style={{ color: '#217346' }} />
              {t('upload.uploaded', { name: file.name })}
            </Space>
          }
          items={[
            { key: 'size', label: t('upload.size'), children: sizeText(file.sizeBytes) },
            { key: 'expires', label: t('upload.expires'), children: dayjs(file.expiresAt).format('YYYY-MM-DD HH:mm') },
          ]}
          extra={<Typography.Text type="secondary">{t('upload.replace')}</Typography.Text>}
        />
      )}

      {startError !== null && startError !== undefined && (
        <Alert type="error" showIcon role="alert" title={t('upload.startFailed')} description={errorText(startError)} />
      )}

      <Space wrap>
        <Button onClick={onPrev} disabled={isBusy}>
          {t('nav.prev')}
        </Button>
        <Button type="primary" disabled={!file || sending !== null} loading={isStarting} onClick={onCheck}>
          {t('upload.check')}
        </Button>
      </Space>
    </Space>
  );
}

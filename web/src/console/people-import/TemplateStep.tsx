// Step 1: where the rows go (the org) and how to fill the template, with the template download.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { downloadTemplate, type ImportKind } from './import-api.ts';
import { NS } from './strings.ts';

const RuleKeys: Record<ImportKind, string[]> = {
  people: ['r1', 'r2', 'r3', 'r4', 'r5'],
  orgs: ['r1', 'r2', 'r3', 'r4'],
  questions: ['r1', 'r2', 'r3', 'r4', 'r5'],
};

export function TemplateStep({
  kind,
  orgId,
  orgName,
  onOrgChange,
  onNext,
}: {
  kind: ImportKind;
  orgId: number | null;
  orgName: string;
  onOrgChange: (orgId: number | null, orgName: string) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const [isDownloading, setDownloading] = useState(false);
  const [isOrgMissing, setOrgMissing] = useState(false);
  const fieldId = `import-${kind}-org`;

  const download = async () => {
    setDownloading(true);
    try {
      await downloadTemplate(kind);
      message.success(t('template.downloaded'));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setDownloading(false);
    }
  };

  const next = () => {
    if (orgId === null) {
      setOrgMissing(true);
      return;
    }
    onNext();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="vertical" requiredMark style={{ maxWidth: 560 }}>
        <Form.Item
          label={t('template.org')}
          htmlFor={fieldId}
          required
          help={isOrgMissing && orgId === null ? t('template.orgRequired') : t('template.orgHelp')}
          validateStatus={isOrgMissing && orgId === null ? 'error' : undefined}
        >
          <OrgTreeSelect
            id={fieldId}
            value={orgId}
            valueLabel={orgName}
            allowClear={false}
            style={{ width: '100%' }}
            onChange={(id, label) => onOrgChange(id, label ?? '')}
          />
        </Form.Item>
      </Form>

      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('template.howTo')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t(`${kind}.intro`)}</Typography.Paragraph>
        <ol style={{ paddingInlineStart: 20, margin: 0, maxWidth: 880 }}>
          {RuleKeys[kind].map((k) => (
            <li key={k} style={{ marginBottom: 6 }}>
              <Typography.Text>{t(`${kind}.rules.${k}`)}</Typography.Text>
            </li>
          ))}
        </ol>
      </div>

      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={isDownloading} onClick={download}>
          {t('template.download')}
        </Button>
        <Button type="primary" onClick={next}>
          {t('nav.next')}
        </Button>
      </Space>
    </Space>
  );
}

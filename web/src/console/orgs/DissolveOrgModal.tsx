// Dissolving (撤销) an organisation cannot be undone here, so the dialog says what it does and what it
// needs first. The server decides whether it may happen; its refusal (ORG_HAS_MEMBERS /
// ORG_HAS_CHILDREN) is shown inside the dialog, so the user reads why nothing changed.
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, App, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { type Org, type OrgDetail, useDissolveOrg } from './orgQueries.ts';

type Props = { org: OrgDetail; open: boolean; onClose: () => void; onDone?: (org: Org) => void };

export function DissolveOrgModal({ org, open, onClose, onDone }: Props) {
  const { t } = useTranslation('orgs');
  const { message } = App.useApp();
  const dissolve = useDissolveOrg(org.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const hasContent = org.memberCounts.total > 0 || org.childCount > 0;

  const close = () => {
    setRefusal(null);
    onClose();
  };

  const submit = async () => {
    setRefusal(null);
    try {
      const done = await dissolve.mutateAsync();
      message.success(t('dissolve.done', { name: org.name }));
      close();
      onDone?.(done);
    } catch (e) {
      setRefusal(errorText(e));
    }
  };

  return (
    <Modal
      open={open}
      title={
        <Space>
          <ExclamationCircleFilled style={{ color: '#faad14' }} aria-hidden />
          {t('dissolve.title', { name: org.name })}
        </Space>
      }
      onCancel={close}
      onOk={() => void submit()}
      okText={t('dissolve.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:action.cancel')}
      confirmLoading={dissolve.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('dissolve.body')}</Typography.Paragraph>
      <Typography.Paragraph type={hasContent ? 'warning' : 'secondary'}>
        {hasContent
          ? t('dissolve.blocked', { members: org.memberCounts.total, children: org.childCount })
          : t('dissolve.needEmpty')}
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon title={refusal} role="alert" />}
    </Modal>
  );
}

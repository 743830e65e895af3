// Move an organisation (with its whole subtree) under another parent. The picker refuses the org
// itself, anything below it and its current parent; the server checks again and has the last word.
import { Alert, App, Descriptions, Form, Modal } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { type Org, type OrgDetail, useMoveOrg } from './orgQueries.ts';

type Props = { org: OrgDetail; open: boolean; onClose: () => void; onDone?: (org: Org) => void };

export function MoveOrgModal({ org, open, onClose, onDone }: Props) {
  const { t } = useTranslation('orgs');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newParentId: number }>();
  const [targetName, setTargetName] = useState('');
  const move = useMoveOrg(org.id);

  const isRefused = useCallback(
    (node: { id: number; path?: string }) =>
      node.id === org.id || node.id === org.parentId || (node.path?.startsWith(org.path) ?? false),
    [org.id, org.parentId, org.path],
  );

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { newParentId } = values;
    try {
      const moved = await move.mutateAsync(newParentId);
      message.success(t('move.done', { parent: targetName }));
      onClose();
      onDone?.(moved);
    } catch (e) {
      form.setFields([{ name: 'newParentId', errors: [errorText(e)] }]);
    }
  };

  const currentParent = org.pathNames.length > 1 ? org.pathNames[org.pathNames.length - 2] : '—';

  return (
    <Modal
      open={open}
      title={t('move.title', { name: org.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.confirm')}
      cancelText={t('common:action.cancel')}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('move.hint')} style={{ marginBottom: 16 }} />
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'parent', label: t('move.current'), children: currentParent }]}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} name="org-move" layout="vertical" preserve={false}>
        <Form.Item
          name="newParentId"
          label={t('move.target')}
          rules={[{ required: true, message: t('move.targetRequired') }]}
        >
          <OrgTreeSelect
            allowClear={false}
            isDisabledOrg={isRefused}
            style={{ width: '100%' }}
            onChange={(_, label) => setTargetName(label ?? '')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

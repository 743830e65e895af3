// The buttons for what the viewer may do to an organisation, each shown only when the server's
// per-record abilities allow it, with the dialogs they open.
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DissolveOrgModal } from './DissolveOrgModal.tsx';
import { MoveOrgModal } from './MoveOrgModal.tsx';
import { OrgFormModal } from './OrgFormModal.tsx';
import type { Org, OrgDetail } from './orgQueries.ts';

type Dialog = 'create' | 'edit' | 'move' | 'dissolve' | null;

type Props = {
  org: OrgDetail;
  size?: 'small' | 'middle';
  onCreated?: (org: Org) => void;
  onMoved?: (org: Org) => void;
  onDissolved?: (org: Org) => void;
};

export function OrgActions({ org, size = 'middle', onCreated, onMoved, onDissolved }: Props) {
  const { t } = useTranslation('orgs');
  const [dialog, setDialog] = useState<Dialog>(null);
  const can = org.abilities;
  if (!can.canCreateChild && !can.canEdit && !can.canMove && !can.canDissolve) return null;
  const close = () => setDialog(null);

  return (
    <>
      <Space wrap size={8}>
        {can.canCreateChild && (
          <Button type="primary" size={size} icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            {t('action.createChild')}
          </Button>
        )}
        {can.canEdit && (
          <Button size={size} icon={<EditOutlined />} onClick={() => setDialog('edit')}>
            {t('action.edit')}
          </Button>
        )}
        {can.canMove && (
          <Button size={size} icon={<DragOutlined />} onClick={() => setDialog('move')}>
            {t('action.move')}
          </Button>
        )}
        {can.canDissolve && (
          <Button size={size} danger icon={<DeleteOutlined />} onClick={() => setDialog('dissolve')}>
            {t('action.dissolve')}
          </Button>
        )}
      </Space>
      {dialog === 'create' && (
        <OrgFormModal mode={{ kind: 'create', parent: org }} open onClose={close} onDone={onCreated} />
      )}
      {dialog === 'edit' && <OrgFormModal mode={{ kind: 'edit', org }} open onClose={close} />}
      {dialog === 'move' && <MoveOrgModal org={org} open onClose={close} onDone={onMoved} />}
      {dialog === 'dissolve' && <DissolveOrgModal org={org} open onClose={close} onDone={onDissolved} />}
    </>
  );
}

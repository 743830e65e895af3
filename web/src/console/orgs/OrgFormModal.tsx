// Create a child organisation or edit one: the same fields, checked here first and then by the
// server, whose field problems land on the fields they concern.
import { Limits, OrgLimits, OrgTypeLabels, type OrgTypeName, OrgTypes } from '@hongyun/contracts';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { type Org, type OrgDetail, useCreateOrg, useUpdateOrg } from './orgQueries.ts';
import { RegionPicker } from './RegionPicker.tsx';
import { SecretarySelect } from './SecretarySelect.tsx';
import './strings.ts';

export type OrgFormMode = { kind: 'create'; parent: OrgDetail } | { kind: 'edit'; org: OrgDetail };

type Values = {
  name: string;
  shortName?: string | null;
  type: OrgTypeName;
  regionCode?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  lng?: number | null;
  lat?: number | null;
  sortOrder?: number | null;
  secretaryPersonId?: string | null;
};

/** Blank text becomes null (clears the field on edit); numbers left empty likewise. */
const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : null);

function initialValues(mode: OrgFormMode): Values {
  if (mode.kind === 'create') {
    return { name: '', type: 'branch', regionCode: mode.parent.regionCode };
  }
  const o = mode.org;
  return {
    name: o.name,
    shortName: o.shortName,
    type: o.type,
    regionCode: o.regionCode,
    contactPhone: o.contactPhone,
    address: o.address,
    lng: o.lng,
    lat: o.lat,
    sortOrder: o.sortOrder,
    secretaryPersonId: o.secretaryPersonId,
  };
}

type Props = { mode: OrgFormMode; open: boolean; onClose: () => void; onDone?: (org: Org) => void };

export function OrgFormModal({ mode, open, onClose, onDone }: Props) {
  const { t } = useTranslation('orgs');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const target = mode.kind === 'create' ? mode.parent : mode.org;
  const create = useCreateOrg();
  const update = useUpdateOrg(target.id);
  const saving = create.isPending || update.isPending;

  const submit = async () => {
    // A rejected validation has already marked the fields: nothing more to say.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const fields = {
      name: v.name.trim(),
      type: v.type,
      regionCode: v.regionCode ?? null,
      shortName: text(v.shortName),
      contactPhone: text(v.contactPhone),
      address: text(v.address),
      lng: num(v.lng),
      lat: num(v.lat),
      ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
    };
    try {
      if (mode.kind === 'create') {
        const org = await create.mutateAsync({ parentId: mode.parent.id, ...fields });
        message.success(t('form.created', { name: org.name }));
        onDone?.(org);
      } else {
        const org = await update.mutateAsync({ ...fields, secretaryPersonId: v.secretaryPersonId ?? null });
        message.success(t('form.updated'));
        onDone?.(org);
      }
      onClose();
    } catch (e) {
      if (!showFieldErrors(form, e)) message.error(errorText(e));
    }
  };

  const title =
    mode.kind === 'create'
      ? t('form.createTitle', { parent: mode.parent.name })
      : t('form.editTitle', { name: mode.org.name });

  return (
    <Modal
      open={open}
      title={title}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      {/* Mounted afresh on each opening (destroyOnHidden), so the initial values are the current ones. */}
      <Form
        form={form}
        name="org-form"
        layout="vertical"
        initialValues={initialValues(mode)}
        preserve={false}
        disabled={saving}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('field.name')}
              rules={[{ required: true, whitespace: true, message: t('form.nameRequired') }, { max: Limits.nameMax }]}
            >
              <Input maxLength={Limits.nameMax} showCount />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="type"
              label={t('field.type')}
              rules={[{ required: true, message: t('form.typeRequired') }]}
            >
              <Select options={OrgTypes.map((type) => ({ value: type, label: pick(OrgTypeLabels[type]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shortName" label={t('field.shortName')} rules={[{ max: OrgLimits.shortNameMax }]}>
              <Input maxLength={OrgLimits.shortNameMax} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="contactPhone"
              label={t('field.contactPhone')}
              rules={[{ pattern: OrgLimits.contactPhonePattern, message: t('form.phoneInvalid') }]}
            >
              <Input maxLength={OrgLimits.phoneMax} inputMode="tel" />
            </Form.Item>
          </Col>
          {mode.kind === 'edit' && (
            <Col span={12}>
              <Form.Item name="secretaryPersonId" label={t('field.secretary')}>
                <SecretarySelect orgId={mode.org.id} current={mode.org.secretary} />
              </Form.Item>
            </Col>
          )}
          <Col span={mode.kind === 'edit' ? 12 : 24}>
            <Form.Item name="regionCode" label={t('field.region')}>
              <RegionPicker />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('field.address')} rules={[{ max: OrgLimits.addressMax }]}>
              <Input maxLength={OrgLimits.addressMax} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lng" label={t('field.lng')}>
              <InputNumber min={-180} max={180} precision={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lat" label={t('field.lat')}>
              <InputNumber min={-90} max={90} precision={6} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sortOrder" label={t('field.sortOrder')}>
              <InputNumber min={0} max={OrgLimits.sortOrderMax} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

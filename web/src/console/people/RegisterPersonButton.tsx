// 新增党员: registers one person into an org (POST /api/people). The org defaults to the one the
// list is looking at; the server decides whether the viewer may register there.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { type RegisterPersonBody, registerPerson } from './api.ts';
import {
  blankPersonValues,
  PersonFormFields,
  type PersonFormValues,
  personBody,
  personSaveProblem,
} from './PersonFormFields.tsx';

type Props = { orgId: number | undefined; orgName: string | undefined; onRegistered: () => void };
type Values = PersonFormValues & { orgId: number | null };

export function RegisterPersonButton({ orgId, orgName, onRegistered }: Props) {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    const { gender, ethnicity, ...rest } = personBody(values);
    // Gender and ethnicity may be left out (read from the ID number / 汉族) but not sent as null.
    const body: RegisterPersonBody = {
      ...rest,
      ...(gender ? { gender } : {}),
      ...(ethnicity ? { ethnicity } : {}),
      orgId: values.orgId ?? 0,
    };
    setSaving(true);
    try {
      const { data } = await registerPerson(body);
      void message.success(t('register.done', { name: data.name }));
      setOpen(false);
      onRegistered();
      navigate(`/people/${data.id}`);
    } catch (e) {
      const text = personSaveProblem(form, e);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('action.register')}
      </Button>
      <Modal
        title={t('register.title')}
        open={open}
        width={900}
        okText={t('common:action.save')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        forceRender={false}
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ ...blankPersonValues, orgId: orgId ?? null }}
          onFinish={submit}
          preserve={false}
        >
          <Form.Item
            name="orgId"
            label={t('field.orgId')}
            rules={[{ required: true, message: t('required', { field: t('field.orgId') }) }]}
          >
            <OrgTreeSelect valueLabel={orgName} allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
          <PersonFormFields isNew />
        </Form>
      </Modal>
    </>
  );
}

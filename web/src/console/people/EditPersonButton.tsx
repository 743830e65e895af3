// 编辑: changes a person's record (PATCH /api/people/:id). Only the fields the user changed are sent,
// so an untouched ID number is not checked again for duplicates and a concurrent edit of another
// field survives. Membership changes go through the transfer dialog instead.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, type UpdatePersonBody, updatePerson } from './api.ts';
import {
  PersonFormFields,
  type PersonFormValues,
  personBody,
  personFormValues,
  personSaveProblem,
} from './PersonFormFields.tsx';

/** The fields whose value differs from the record's. */
function changedFields(next: UpdatePersonBody, before: UpdatePersonBody): UpdatePersonBody {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value !== before[key as keyof UpdatePersonBody]) out[key] = value;
  }
  return out as UpdatePersonBody;
}

type Props = { person: Person; onSaved: (p: Person) => void };

export function EditPersonButton({ person, onSaved }: Props) {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (values: PersonFormValues) => {
    const patch = changedFields(personBody(values), personBody(personFormValues(person)));
    if (Object.keys(patch).length === 0) {
      setOpen(false);
      return;
    }
    setSaving(true);
    try {
      const { data } = await updatePerson(person.id, patch);
      void message.success(t('edit.done'));
      setOpen(false);
      onSaved(data);
    } catch (e) {
      const text = personSaveProblem(form, e);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('action.edit')}
      </Button>
      <Modal
        title={t('edit.title')}
        open={open}
        width={900}
        okText={t('common:action.save')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<PersonFormValues>
          form={form}
          layout="vertical"
          initialValues={personFormValues(person)}
          onFinish={submit}
          preserve={false}
        >
          <PersonFormFields isNew={false} />
        </Form>
      </Modal>
    </>
  );
}

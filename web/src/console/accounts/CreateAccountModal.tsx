// 开通账号: a sign-in account for a registered person (found by name in the security admin's
// subtrees), with the phone they sign in with and an initial password shown once afterwards.
import { PeopleLimits, parseMobilePhone } from '@hongyun/contracts';
import { Alert, App, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { type Account, useCandidates, useCreateAccount } from './api.ts';
import { InitialPasswordField, PasswordShownOnce, weakPasswordText } from './InitialPassword.tsx';
import './strings.ts';

type Values = { personId: string; phone: string; initialPassword: string };

function CandidateSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation('accounts');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useCandidates(q);
  const options = (q ? (found.data ?? []) : []).map((c) => ({
    value: c.personId,
    label: c.name,
    org: c.orgName,
    disabled: c.accountId !== null,
  }));
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('createForm.personPlaceholder')}
      loading={found.isFetching}
      notFoundContent={q && !found.isFetching ? t('createForm.noPerson') : null}
      options={options}
      optionRender={(o) => (
        <span>
          {o.data.label}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.org}
          </Typography.Text>
          {o.data.disabled && <Tag style={{ marginInlineStart: 8 }}>{t('createForm.hasAccount')}</Tag>}
        </span>
      )}
    />
  );
}

export function CreateAccountModal(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ account: Account; password: string } | null>(null);

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      const account = await create.mutateAsync(values);
      message.success(t('done.create'));
      props.onClose();
      setCreated({ account, password: values.initialPassword });
    } catch (e) {
      const weak = weakPasswordText(e, t);
      if (weak) form.setFields([{ name: 'initialPassword', errors: [weak] }]);
      else if (!showFieldErrors(form, e)) setError(errorText(e));
    }
  };

  return (
    <>
      <Modal
        open={props.open}
        title={t('createForm.title')}
        okText={t('create')}
        confirmLoading={create.isPending}
        onOk={() => void submit().catch(() => {})}
        onCancel={props.onClose}
        destroyOnHidden
        afterClose={() => setError(null)}
      >
        <Typography.Paragraph type="secondary">{t('createForm.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="personId"
            label={t('createForm.person')}
            rules={[{ required: true, message: t('createForm.personRequired') }]}
          >
            <CandidateSelect />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('createForm.phone')}
            rules={[
              { required: true, message: t('createForm.phoneRequired') },
              {
                validator: (_, v: string) =>
                  !v || parseMobilePhone(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('createForm.phoneInvalid'))),
              },
            ]}
          >
            <Input
              inputMode="tel"
              autoComplete="off"
              placeholder={t('createForm.phonePlaceholder')}
              maxLength={PeopleLimits.phoneInputMax}
            />
          </Form.Item>
          <InitialPasswordField form={form} />
        </Form>
      </Modal>
      <PasswordShownOnce
        name={created?.account.displayName ?? ''}
        password={created?.password ?? null}
        onClose={() => {
          const id = created?.account.id;
          setCreated(null);
          if (id) void navigate(`/accounts/${id}`);
        }}
      />
    </>
  );
}

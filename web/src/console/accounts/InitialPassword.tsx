// The initial-password field of "open account" and "reset password" (type one or generate a strong
// one), the server's PASSWORD_TOO_WEAK reasons in words, and the once-only display of the password
// the administrator passes on to the holder.
import { Alert, Button, Form, type FormInstance, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { generatePassword } from './password.ts';
import './strings.ts';

const MIN_LENGTH = 8;

export function InitialPasswordField({ form }: { form: FormInstance }) {
  const { t } = useTranslation('accounts');
  return (
    <Form.Item label={t('password.initial')} extra={t('password.hint')} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name="initialPassword"
          noStyle
          rules={[
            { required: true, message: t('password.required') },
            { min: MIN_LENGTH, message: t('password.problem.too_short') },
          ]}
        >
          {/* Plain text: the administrator has to read it out or write it down for the holder. */}
          <Input
            aria-label={t('password.initial')}
            autoComplete="new-password"
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Button
          onClick={() => {
            form.setFieldValue('initialPassword', generatePassword());
            void form.validateFields(['initialPassword']);
          }}
        >
          {t('password.generate')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}

/** PASSWORD_TOO_WEAK's reasons (`details.problems`) as words; null for any other failure. */
export function weakPasswordText(error: unknown, t: (key: string) => string): string | null {
  if (!(error instanceof ApiError) || error.code !== 'PASSWORD_TOO_WEAK') return null;
  const problems = (error.details as { problems?: string[] } | null)?.problems ?? [];
  const words = problems.map((p) => t(`password.problem.${p}`));
  return words.length ? `${error.message}：${words.join('；')}` : error.message;
}

/** Shows a password that was just set, once: the administrator copies it and closes. */
export function PasswordShownOnce(props: { name: string; password: string | null; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  return (
    <Modal
      open={props.password !== null}
      title={t('password.shownOnceTitle')}
      onCancel={props.onClose}
      footer={
        <Button type="primary" onClick={props.onClose}>
          {t('common:action.close')}
        </Button>
      }
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('password.shownOnce', { name: props.name })} />
      <Typography.Paragraph
        copyable={{ text: props.password ?? '', tooltips: [t('password.copy'), t('password.copied')] }}
        style={{ fontFamily: 'monospace', fontSize: 22, margin: '16px 0 0', textAlign: 'center' }}
      >
        {props.password}
      </Typography.Paragraph>
    </Modal>
  );
}

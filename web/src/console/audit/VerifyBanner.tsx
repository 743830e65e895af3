// Hash-chain verification: one button, then a banner that says plainly whether the chain is intact
// (rows, head hash, when) or where it first breaks. Verifying is itself audited by the server.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { AUDIT_KEY } from './useAuditList.ts';
import './strings.ts';

const shortHash = (hash: string) => `${hash.slice(0, 8)}…${hash.slice(-8)}`;

export function VerifyBanner() {
  const { t } = useTranslation('audit');
  const client = useQueryClient();
  const verify = useMutation({
    mutationFn: () => call(http.POST('/api/audit/verify')).then((r) => r.data),
    // The check wrote its own audit row: show it in the list.
    onSettled: () => client.invalidateQueries({ queryKey: AUDIT_KEY }),
  });
  const result = verify.data;

  const button = (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
      type={result ? 'default' : 'primary'}
    >
      {verify.isPending ? t('verify.running') : result ? t('verify.again') : t('verify.run')}
    </Button>
  );

  if (verify.error) {
    return (
      <Alert type="warning" showIcon title={t('verify.failed', { message: errorText(verify.error) })} action={button} />
    );
  }
  if (!result) return <Alert type="info" showIcon title={t('verify.idle')} action={button} />;

  const at = dayjs(result.checkedAt).format('YYYY-MM-DD HH:mm:ss');
  if (!result.ok) {
    const reason = result.reason ? t(`verify.reason.${result.reason}`) : '';
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={<strong>{t('verify.broken', { seq: result.brokenAtSeq ?? '?', reason })}</strong>}
        description={t('verify.brokenDetail', { rows: result.rows, at })}
        action={button}
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      title={<strong>{t('verify.ok', { rows: result.rows })}</strong>}
      description={
        result.headHash ? (
          <>
            {t('verify.okDetail', { seq: result.lastSeq, hash: shortHash(result.headHash), at })}{' '}
            <Typography.Text copyable={{ text: result.headHash, tooltips: [t('verify.headHash')] }} />
          </>
        ) : (
          t('verify.okEmpty', { at })
        )
      }
      action={button}
    />
  );
}

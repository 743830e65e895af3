// 说明情况: the person answers their reminder in their own words (leave, travel, sickness…), in
// large type with one big button. The text stays in the box if sending fails on a weak signal.
import { SupervisionLimits } from '@hongyun/contracts';
import { Button, TextArea, Toast } from 'antd-mobile';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { useAlertActions } from '../../shared/supervision/api.ts';
import '../../shared/supervision/strings.ts';

export function ExplainForm({
  alertId,
  initial = '',
  onDone,
}: {
  alertId: string;
  initial?: string;
  onDone?: () => void;
}) {
  const { t } = useTranslation('supervision');
  const { explain } = useAlertActions();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();

  const send = async () => {
    const explanation = text.trim();
    if (!explanation) {
      setProblem(t('explain.required'));
      return;
    }
    setProblem(null);
    try {
      await explain.mutateAsync({ id: alertId, explanation });
      Toast.show({ icon: 'success', content: t('explain.done') });
      onDone?.();
    } catch (e) {
      const field = e instanceof ApiError ? e.fields.find((f) => f.field === 'explanation') : undefined;
      setProblem(field?.message ?? errorText(e));
    }
  };

  return (
    <div className="hy-svm-explain">
      <p className="hy-m-note">{t('explain.hint')}</p>
      <label htmlFor={fieldId} className="hy-svm-label">
        {t('explain.label')}
      </label>
      <TextArea
        id={fieldId}
        className="hy-svm-textarea"
        value={text}
        onChange={setText}
        placeholder={t('explain.placeholder')}
        rows={5}
        maxLength={SupervisionLimits.explanationMax}
        showCount
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${fieldId}-problem` : undefined}
      />
      {problem && (
        <p id={`${fieldId}-problem`} className="hy-svm-problem" role="alert">
          {problem}
        </p>
      )}
      <Button block color="primary" size="large" loading={explain.isPending} onClick={() => void send()}>
        {t('explain.submit')}
      </Button>
    </div>
  );
}

// A question as a member would meet it in a quiz: the stem large, options as big buttons, blanks as
// inputs. The right answer is shown below, for the keeper checking their work.
import { Checkbox, Flex, Input, Radio, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from './api.ts';
import { splitAtBlanks } from './blanks.ts';

export function answerText(q: Pick<Question, 'type' | 'answer'>, t: (k: string) => string): string {
  if (q.type === 'judge') return q.answer[0] === 'true' ? t('form.judgeTrue') : t('form.judgeFalse');
  if (q.type === 'fill') return q.answer.map((a) => a.split('|').join(' / ')).join('；');
  return q.answer.join('');
}

export function QuestionPreview({ q }: { q: Question }) {
  const { t } = useTranslation('qbank');
  const big = { fontSize: 17, lineHeight: 1.8 };
  return (
    <Flex vertical gap={12}>
      <div>
        <Tag color="red">{q.typeLabel}</Tag>
      </div>
      {q.type === 'fill' ? (
        <div style={big}>
          {splitAtBlanks(q.stem).map((part, i, all) => (
            <Fragment key={part.at}>
              {part.text}
              {i < all.length - 1 && <Input style={{ width: 120, margin: '0 4px' }} size="large" />}
            </Fragment>
          ))}
        </div>
      ) : (
        <div style={big}>{q.stem}</div>
      )}
      {q.type === 'single' && (
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {q.options.map((o) => (
            <Radio key={o.key} value={o.key} style={big}>
              {o.key}. {o.text}
            </Radio>
          ))}
        </Radio.Group>
      )}
      {q.type === 'multiple' && (
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {q.options.map((o) => (
            <Checkbox key={o.key} value={o.key} style={big}>
              {o.key}. {o.text}
            </Checkbox>
          ))}
        </Checkbox.Group>
      )}
      {q.type === 'judge' && (
        <Radio.Group optionType="button" buttonStyle="solid" size="large">
          <Radio.Button value="true">{t('form.judgeTrue')}</Radio.Button>
          <Radio.Button value="false">{t('form.judgeFalse')}</Radio.Button>
        </Radio.Group>
      )}
      <Typography.Text type="success">{t('previewAnswer', { answer: answerText(q, t) })}</Typography.Text>
      {q.explanation && <Typography.Paragraph type="secondary">{q.explanation}</Typography.Paragraph>}
    </Flex>
  );
}

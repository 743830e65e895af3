// The daily and weekly quiz rules of one organisation (its own, or those it inherits): questions a
// day and a week, the category and difficulty mix as weights, and the no-repeat window.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { QuizLimits } from '@hongyun/contracts';
import { Alert, App, AutoComplete, Button, Card, Flex, Form, InputNumber, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { type QuizRules, useCategories, useQuizRules, useSaveQuizRules } from './api.ts';

type Values = {
  questionCount: number;
  weeklyQuestionCount: number;
  noRepeatDays: number;
  categories: { category: string; weight: number }[];
  difficulty: Record<'1' | '2' | '3', number>;
};

const toValues = (r: QuizRules): Values => ({
  questionCount: r.questionCount,
  weeklyQuestionCount: r.weeklyQuestionCount,
  noRepeatDays: r.noRepeatDays,
  categories: Object.entries(r.categoryMix).map(([category, weight]) => ({ category, weight: Number(weight) })),
  difficulty: { '1': r.difficultyMix['1'] ?? 0, '2': r.difficultyMix['2'] ?? 0, '3': r.difficultyMix['3'] ?? 0 },
});

export function RulesCard() {
  const { t } = useTranslation('quizAdmin');
  const { message } = App.useApp();
  const { scope } = useScope();
  const [orgId, setOrgId] = useState<number | null>(scope?.orgId ?? null);
  const [orgLabel, setOrgLabel] = useState(scope?.orgName);
  const rules = useQuizRules(orgId);
  const save = useSaveQuizRules(orgId);
  const categories = useCategories();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (rules.data) form.setFieldsValue(toValues(rules.data));
  }, [rules.data, form]);

  const submit = async (v: Values) => {
    const difficultyMix = Object.fromEntries(Object.entries(v.difficulty).filter(([, w]) => (w ?? 0) > 0));
    try {
      await save.mutateAsync({
        questionCount: v.questionCount,
        weeklyQuestionCount: v.weeklyQuestionCount,
        noRepeatDays: v.noRepeatDays,
        categoryMix: Object.fromEntries((v.categories ?? []).map((c) => [c.category.trim(), c.weight])),
        difficultyMix,
      });
      message.success(t('saved'));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const count = (name: keyof Values, max: number) => (
    <Form.Item name={name} label={t(`rules.${name}`)} rules={[{ required: true }]}>
      <InputNumber min={name === 'noRepeatDays' ? 0 : 1} max={max} style={{ width: 140 }} />
    </Form.Item>
  );

  return (
    <Card>
      <Flex vertical gap={16}>
        <Space wrap>
          <span>{t('rules.org')}</span>
          <div style={{ width: 320 }}>
            <OrgTreeSelect
              value={orgId}
              valueLabel={orgLabel}
              onChange={(id, label) => {
                setOrgId(id);
                setOrgLabel(label);
              }}
            />
          </div>
        </Space>
        {rules.error ? <Alert type="error" message={errorText(rules.error)} /> : null}
        {rules.isLoading ? <Spin /> : null}
        {rules.data && (
          <>
            <Alert
              type={rules.data.isOwn ? 'success' : 'info'}
              message={rules.data.isOwn ? t('rules.own') : t('rules.inherited')}
            />
            <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 720 }}>
              <Space size="large" wrap>
                {count('questionCount', QuizLimits.questionCountMax)}
                {count('weeklyQuestionCount', QuizLimits.questionCountMax)}
                {count('noRepeatDays', QuizLimits.noRepeatDaysMax)}
              </Space>
              <Form.Item label={t('rules.categoryMix')} extra={t('rules.categoryHelp')}>
                <Form.List name="categories">
                  {(fields, { add, remove }) => (
                    <Flex vertical gap={8}>
                      {fields.map((f) => (
                        <Space key={f.key} align="baseline">
                          <Form.Item name={[f.name, 'category']} rules={[{ required: true }]} noStyle>
                            <AutoComplete
                              style={{ width: 220 }}
                              placeholder={t('rules.category')}
                              options={(categories.data ?? []).map((c) => ({ value: c }))}
                            />
                          </Form.Item>
                          <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]} noStyle>
                            <InputNumber min={0} max={100} placeholder={t('rules.weight')} />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />
                        </Space>
                      ))}
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => add({ category: '', weight: 1 })}
                        style={{ width: 220 }}
                      >
                        {t('rules.addCategory')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Form.Item>
              <Form.Item label={t('rules.difficultyMix')} extra={t('rules.difficultyHelp')}>
                <Space wrap>
                  {(['1', '2', '3'] as const).map((d) => (
                    <Form.Item key={d} name={['difficulty', d]} noStyle>
                      <InputNumber min={0} max={100} addonBefore={t(`rules.difficulty.${d}`)} style={{ width: 140 }} />
                    </Form.Item>
                  ))}
                </Space>
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('rules.save')}
              </Button>
            </Form>
          </>
        )}
      </Flex>
    </Card>
  );
}

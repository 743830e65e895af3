// Adding or editing a question: the form changes with the type — options and a key picker for
// choice questions, 对/错 for judge, one answer box per blank marked in a fill-in stem.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { type Question, type QuestionBody, useSaveQuestion } from './api.ts';
import { countBlanks } from './blanks.ts';

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F'];
const KEEPER_ROLES = ['party_office', 'org_admin', 'system_admin'];

type Values = {
  orgId: number;
  type: Question['type'];
  stem: string;
  options: { text: string }[];
  single?: string;
  multiple?: string[];
  judge?: string;
  blanks: string[];
  explanation?: string;
  category: string;
  tags: string[];
  difficulty: 1 | 2 | 3;
  source?: string;
};

function toValues(q: Question | null, orgId: number): Partial<Values> {
  if (!q)
    return {
      orgId,
      type: 'single',
      options: [{ text: '' }, { text: '' }, { text: '' }, { text: '' }],
      blanks: [],
      tags: [],
      difficulty: 2,
    };
  return {
    orgId: q.orgId,
    type: q.type,
    stem: q.stem,
    options: q.options.map((o) => ({ text: o.text })),
    single: q.type === 'single' ? q.answer[0] : undefined,
    multiple: q.type === 'multiple' ? q.answer : undefined,
    judge: q.type === 'judge' ? q.answer[0] : undefined,
    blanks: q.type === 'fill' ? q.answer : [],
    explanation: q.explanation ?? undefined,
    category: q.category,
    tags: q.tags,
    difficulty: q.difficulty as 1 | 2 | 3,
    source: q.source ?? undefined,
  };
}

function toBody(v: Values): QuestionBody {
  const choice = v.type === 'single' || v.type === 'multiple';
  const answer =
    v.type === 'single'
      ? [v.single ?? '']
      : v.type === 'multiple'
        ? (v.multiple ?? [])
        : v.type === 'judge'
          ? [v.judge ?? '']
          : v.blanks;
  return {
    orgId: v.orgId,
    type: v.type,
    stem: v.stem,
    options: choice ? v.options.map((o, i) => ({ key: KEYS[i] as 'A', text: o.text })) : [],
    answer: answer.filter((a) => a !== ''),
    explanation: v.explanation || null,
    category: v.category,
    tags: v.tags ?? [],
    difficulty: v.difficulty,
    source: v.source || null,
  };
}

export function QuestionFormModal(props: { open: boolean; question: Question | null; onClose: () => void }) {
  const { t } = useTranslation('qbank');
  const { message } = App.useApp();
  const me = useSignedInMe();
  const orgs = me.grants.filter((g) => KEEPER_ROLES.includes(g.role));
  const [form] = Form.useForm<Values>();
  const save = useSaveQuestion();
  const type = Form.useWatch('type', form);
  const stem = Form.useWatch('stem', form) ?? '';
  const options = Form.useWatch('options', form) ?? [];
  const blanks = countBlanks(stem);

  useEffect(() => {
    if (props.open) form.setFieldsValue(toValues(props.question, orgs[0]?.orgId ?? 0) as Values);
    else form.resetFields();
  }, [props.open, props.question, form, orgs[0]?.orgId]);
  useEffect(() => {
    if (type !== 'fill') return;
    const now: string[] = form.getFieldValue('blanks') ?? [];
    if (now.length !== blanks)
      form.setFieldValue(
        'blanks',
        Array.from({ length: blanks }, (_, i) => now[i] ?? ''),
      );
  }, [type, blanks, form]);

  const keys = options.map((_, i) => KEYS[i] as string);
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await save.mutateAsync({ id: props.question?.id, body: toBody(values) });
      message.success(t('saved'));
      props.onClose();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.question ? t('form.editTitle') : t('form.createTitle')}
      onCancel={props.onClose}
      onOk={submit}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Space wrap>
          <Form.Item name="orgId" label={t('form.org')} rules={[{ required: true }]}>
            <Select
              style={{ width: 220 }}
              disabled={!!props.question}
              options={orgs.map((g) => ({ value: g.orgId, label: g.orgName }))}
            />
          </Form.Item>
          <Form.Item name="type" label={t('form.type')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={(['single', 'multiple', 'judge', 'fill'] as const).map((k) => ({
                value: k,
                label: t(`type.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="difficulty" label={t('form.difficulty')}>
            <Radio.Group
              optionType="button"
              options={[1, 2, 3].map((d) => ({ value: d, label: t(`difficulty.${d}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="stem"
          label={t('form.stem')}
          extra={type === 'fill' ? t('form.stemFillHint') : undefined}
          rules={[{ required: true, whitespace: true, max: 1000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {(type === 'single' || type === 'multiple') && (
          <Form.Item label={t('form.options')} required>
            <Form.List name="options">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Flex key={field.key} align="baseline" gap={8}>
                      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                        {KEYS[i]}.
                      </Typography.Text>
                      <Form.Item
                        name={[field.name, 'text']}
                        style={{ flex: 1 }}
                        rules={[{ required: true, whitespace: true, max: 300 }]}
                      >
                        <Input />
                      </Form.Item>
                      {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                    </Flex>
                  ))}
                  {fields.length < KEYS.length && (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                      {t('form.addOption')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
          </Form.Item>
        )}
        {type === 'single' && (
          <Form.Item name="single" label={t('form.answer')} rules={[{ required: true }]}>
            <Radio.Group options={keys.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
        )}
        {type === 'multiple' && (
          <Form.Item name="multiple" label={t('form.answer')} rules={[{ required: true, type: 'array', min: 2 }]}>
            <Checkbox.Group options={keys.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
        )}
        {type === 'judge' && (
          <Form.Item name="judge" label={t('form.answer')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'true', label: t('form.judgeTrue') },
                { value: 'false', label: t('form.judgeFalse') },
              ]}
            />
          </Form.Item>
        )}
        {type === 'fill' && (
          <Form.Item label={t('form.answer')} extra={t('form.blankHint')} required>
            {blanks === 0 && <Typography.Text type="warning">{t('form.noBlanks')}</Typography.Text>}
            <Form.List name="blanks">
              {(fields) =>
                fields.map((field, i) => (
                  <Form.Item
                    key={field.key}
                    name={field.name}
                    label={t('form.blank', { n: i + 1 })}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input />
                  </Form.Item>
                ))
              }
            </Form.List>
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="category" label={t('form.category')} rules={[{ required: true, whitespace: true, max: 30 }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="source" label={t('form.source')} rules={[{ max: 100 }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="tags" label={t('form.tags')}>
            <Select mode="tags" style={{ width: 240 }} maxCount={10} />
          </Form.Item>
        </Space>
        <Form.Item name="explanation" label={t('form.explanation')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

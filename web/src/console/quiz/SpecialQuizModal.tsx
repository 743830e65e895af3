// Defines or edits a special quiz (专项答题): window, time limit, how questions are drawn (the mixes,
// optionally only among questions with some tags, or a fixed list of bank question ids), pass mark,
// attempts and audience.
import {
  CadreRankLabels,
  CadreRanks,
  QuestionLimits,
  QuizLimits,
  RoleLabels,
  Roles,
  SpecialQuizLimits,
} from '@hongyun/contracts';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { useScope } from '../shell/scope.tsx';
import { type SpecialQuiz, type SpecialQuizBody, useCategories, useSpecialActions } from './api.ts';

type Values = {
  orgId: number;
  title: string;
  description?: string;
  window: [Dayjs, Dayjs];
  timeLimitMinutes?: number | null;
  mode: 'mix' | 'list';
  questionCount: number;
  categories?: string[];
  tags?: string[];
  difficulty?: '1' | '2' | '3';
  questionIds?: string;
  passMark: number;
  attemptsAllowed: number;
  audienceRoles?: string[];
  audienceCadreRanks?: string[];
};

const initial = (q: SpecialQuiz | null, orgId: number | undefined): Partial<Values> =>
  q
    ? {
        orgId: q.orgId,
        title: q.title,
        description: q.description,
        window: [dayjs(q.opensAt), dayjs(q.closesAt)],
        timeLimitMinutes: q.timeLimitMinutes,
        mode: q.questionIds.length > 0 ? 'list' : 'mix',
        questionCount: q.questionCount,
        categories: Object.keys(q.categoryMix),
        tags: q.tags,
        difficulty: (Object.keys(q.difficultyMix)[0] as Values['difficulty']) ?? undefined,
        questionIds: q.questionIds.join('\n'),
        passMark: q.passMark,
        attemptsAllowed: q.attemptsAllowed,
        audienceRoles: q.audienceRoles,
        audienceCadreRanks: q.audienceCadreRanks,
      }
    : {
        orgId,
        window: [dayjs().startOf('hour'), dayjs().startOf('hour').add(7, 'day')],
        timeLimitMinutes: 20,
        mode: 'mix',
        questionCount: 10,
        passMark: 60,
        attemptsAllowed: 1,
      };

export function SpecialQuizModal(props: { editing: SpecialQuiz | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('quizAdmin');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const { scope } = useScope();
  const actions = useSpecialActions();
  const categories = useCategories();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const { editing } = props;

  const submit = async (v: Values) => {
    const ids = v.mode === 'list' ? (v.questionIds ?? '').split(/\s+/).filter(Boolean) : [];
    const body: SpecialQuizBody = {
      title: v.title,
      description: v.description ?? '',
      opensAt: v.window[0].toISOString(),
      closesAt: v.window[1].toISOString(),
      timeLimitMinutes: v.timeLimitMinutes ?? null,
      questionCount: v.mode === 'list' ? Math.max(1, ids.length) : v.questionCount,
      // Chosen categories share the questions equally; one difficulty, or any.
      categoryMix: v.mode === 'list' ? {} : Object.fromEntries((v.categories ?? []).map((c) => [c, 1])),
      difficultyMix: v.mode === 'list' || !v.difficulty ? {} : { [v.difficulty]: 1 },
      questionIds: ids,
      tags: v.mode === 'list' ? [] : (v.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
      passMark: v.passMark,
      attemptsAllowed: v.attemptsAllowed,
      audienceRoles: (v.audienceRoles ?? []) as SpecialQuizBody['audienceRoles'],
      audienceCadreRanks: (v.audienceCadreRanks ?? []) as SpecialQuizBody['audienceCadreRanks'],
    };
    try {
      if (editing) await actions.update.mutateAsync({ id: editing.id, body });
      else await actions.create.mutateAsync({ ...body, orgId: v.orgId });
      message.success(t('saved'));
      props.onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SPECIAL_QUIZ_POOL_TOO_SMALL') {
        // Said beside the tags, with the numbers the server counted.
        const d = (e.details ?? {}) as { available?: number; required?: number };
        form.setFields([
          { name: 'tags', errors: [t('form.poolTooSmall', { available: d.available, required: d.required })] },
        ]);
        message.error(errorText(e));
      } else if (!showFieldErrors(form, e)) message.error(errorText(e));
    }
  };

  return (
    <Modal
      open
      width={720}
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      okText={t('form.save')}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending || actions.update.isPending}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial(editing, scope?.orgId)} onFinish={submit}>
        <Form.Item name="orgId" label={t('form.org')} extra={t('form.orgHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect valueLabel={editing?.orgName ?? scope?.orgName} />
        </Form.Item>
        <Form.Item name="title" label={t('form.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={SpecialQuizLimits.titleMax} />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea rows={2} maxLength={SpecialQuizLimits.descriptionMax} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="window" label={t('form.window')} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="timeLimitMinutes" label={t('form.timeLimit')} extra={t('form.timeLimitHelp')}>
            <InputNumber min={1} max={SpecialQuizLimits.timeLimitMinutesMax} />
          </Form.Item>
        </Space>
        <Form.Item name="mode" label={t('form.drawMode')}>
          <Radio.Group
            options={[
              { value: 'mix', label: t('form.byMix') },
              { value: 'list', label: t('form.byList') },
            ]}
          />
        </Form.Item>
        {mode === 'list' ? (
          <Form.Item
            name="questionIds"
            label={t('form.questionIds')}
            extra={t('form.questionIdsHelp')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        ) : (
          <Space size="large" wrap>
            <Form.Item name="questionCount" label={t('form.questionCount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={QuizLimits.questionCountMax} />
            </Form.Item>
            <Form.Item name="categories" label={t('form.categories')} extra={t('form.categoriesHelp')}>
              <Select
                mode="multiple"
                allowClear
                style={{ minWidth: 260 }}
                options={(categories.data ?? []).map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
            <Form.Item
              name="tags"
              label={t('form.tags')}
              extra={t('form.tagsHelp')}
              rules={[{ type: 'array', max: QuestionLimits.tagsMax }]}
            >
              <Select
                mode="tags"
                allowClear
                style={{ minWidth: 260 }}
                tokenSeparators={[',', '，', '、', ';', '；']}
                maxCount={QuestionLimits.tagsMax}
                placeholder={t('form.tagsPlaceholder')}
                open={false}
                suffixIcon={null}
              />
            </Form.Item>
            <Form.Item name="difficulty" label={t('form.difficulty')}>
              <Select
                allowClear
                style={{ width: 120 }}
                placeholder={t('form.anyDifficulty')}
                options={(['1', '2', '3'] as const).map((d) => ({ value: d, label: t(`rules.difficulty.${d}`) }))}
              />
            </Form.Item>
          </Space>
        )}
        <Space size="large" wrap>
          <Form.Item name="passMark" label={t('form.passMark')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item name="attemptsAllowed" label={t('form.attempts')} rules={[{ required: true }]}>
            <InputNumber min={1} max={SpecialQuizLimits.attemptsMax} />
          </Form.Item>
        </Space>
        <Space size="large" wrap style={{ width: '100%' }}>
          <Form.Item name="audienceRoles" label={t('form.audienceRoles')} extra={t('form.audienceHelp')}>
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 260 }}
              options={Roles.map((r) => ({ value: r, label: RoleLabels[r][lang] }))}
            />
          </Form.Item>
          <Form.Item name="audienceCadreRanks" label={t('form.audienceRanks')}>
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 260 }}
              options={CadreRanks.map((r) => ({ value: r, label: CadreRankLabels[r][lang] }))}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

// 题库: the party-building office's question bank — filters, the list with type, difficulty and tags
// in words, add/edit (the form follows the type), disable/enable, and a member's-eye preview.
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Result,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import {
  type Question,
  type QuestionFilters,
  useQuestionCategories,
  useQuestionList,
  useSetQuestionDisabled,
} from './api.ts';
import { QuestionFormModal } from './QuestionFormModal.tsx';
import { QuestionPreview } from './QuestionPreview.tsx';
import './strings.ts';

const difficultyColor = { 1: 'green', 2: 'gold', 3: 'volcano' } as Record<number, string>;

export function Component() {
  const { t } = useTranslation('qbank');
  const { message } = App.useApp();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<QuestionFilters>({ page: 1, pageSize: 20, status: 'enabled' });
  const [editing, setEditing] = useState<{ question: Question | null } | null>(null);
  const [previewing, setPreviewing] = useState<Question | null>(null);
  const list = useQuestionList(filters);
  const categories = useQuestionCategories();
  const setDisabled = useSetQuestionDisabled();
  const update = (patch: Partial<QuestionFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));

  if (!me.abilities.canManageQuestionBank)
    return <Result status="403" title="403" subTitle={t('state.forbidden', { ns: 'common' })} />;

  const toggle = async (q: Question) => {
    try {
      await setDisabled.mutateAsync({ id: q.id, disabled: !q.isDisabled });
      message.success(t('saved'));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          {me.abilities.canImportQuestions && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/question-bank/import')}>
              {t('import.button')}
            </Button>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ question: null })}>
            {t('add')}
          </Button>
        </Space>
      </div>
      <Card size="small">
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('filter.q')}
            style={{ width: 220 }}
            onSearch={(q) => update({ q: q || undefined })}
          />
          <Select
            allowClear
            placeholder={t('filter.type')}
            style={{ width: 140 }}
            value={filters.type}
            onChange={(type) => update({ type })}
            options={(['single', 'multiple', 'judge', 'fill'] as const).map((k) => ({
              value: k,
              label: t(`type.${k}`),
            }))}
          />
          <Select
            allowClear
            placeholder={t('filter.category')}
            style={{ width: 180 }}
            value={filters.category}
            onChange={(category) => update({ category })}
            options={(categories.data?.data ?? []).map((c) => ({
              value: c.category,
              label: `${c.category}（${c.enabled}）`,
            }))}
          />
          <Select
            allowClear
            placeholder={t('filter.difficulty')}
            style={{ width: 110 }}
            value={filters.difficulty}
            onChange={(difficulty) => update({ difficulty })}
            options={[1, 2, 3].map((d) => ({ value: d, label: t(`difficulty.${d}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('filter.tag')}
            style={{ width: 150 }}
            onSearch={(tag) => update({ tag: tag || undefined })}
          />
          <Select
            style={{ width: 110 }}
            value={filters.status}
            onChange={(status) => update({ status })}
            options={(['enabled', 'disabled', 'all'] as const).map((k) => ({ value: k, label: t(`status.${k}`) }))}
          />
        </Space>
      </Card>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Question>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.data ?? []}
          scroll={{ x: 900 }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => t('count', { n }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          columns={[
            {
              title: t('col.stem'),
              dataIndex: 'stem',
              render: (stem: string, q) => (
                <Typography.Text type={q.isDisabled ? 'secondary' : undefined} delete={q.isDisabled}>
                  {stem}
                </Typography.Text>
              ),
            },
            { title: t('col.type'), dataIndex: 'typeLabel', width: 110 },
            { title: t('col.category'), dataIndex: 'category', width: 110 },
            {
              title: t('col.difficulty'),
              dataIndex: 'difficultyLabel',
              width: 80,
              render: (label: string, q) => <Tag color={difficultyColor[q.difficulty]}>{label}</Tag>,
            },
            {
              title: t('col.tags'),
              dataIndex: 'tags',
              width: 160,
              render: (tags: string[]) => tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
            },
            { title: t('col.org'), dataIndex: 'orgName', width: 140 },
            {
              title: t('col.actions'),
              key: 'actions',
              width: 170,
              fixed: 'right',
              render: (_, q) => (
                <Space size={4}>
                  <Button type="link" size="small" onClick={() => setPreviewing(q)}>
                    {t('preview')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setEditing({ question: q })}>
                    {t('edit')}
                  </Button>
                  {q.isDisabled ? (
                    <Button type="link" size="small" onClick={() => toggle(q)}>
                      {t('enable')}
                    </Button>
                  ) : (
                    <Popconfirm title={t('disableConfirm')} onConfirm={() => toggle(q)}>
                      <Button type="link" size="small" danger>
                        {t('disable')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <QuestionFormModal open={!!editing} question={editing?.question ?? null} onClose={() => setEditing(null)} />
      <Modal
        open={!!previewing}
        title={t('previewTitle')}
        footer={null}
        onCancel={() => setPreviewing(null)}
        width={480}
      >
        {previewing && <QuestionPreview q={previewing} />}
      </Modal>
    </Flex>
  );
}

// The special quizzes the office manages: window, setup and status in words; edit while a draft,
// publish, close, and the results per organisation and per person.
import { PlusOutlined } from '@ant-design/icons';
import { type SpecialQuizOutcome, SpecialQuizOutcomes } from '@hongyun/contracts';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Modal,
  Popconfirm,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { ExportButton } from '../learning-dashboard/ExportButton.tsx';
import {
  type PersonResult,
  type SpecialQuiz,
  startResultsExport,
  useSpecialActions,
  useSpecialPeople,
  useSpecialQuizzes,
  useSpecialResults,
} from './api.ts';
import { SpecialQuizModal } from './SpecialQuizModal.tsx';

const statusColor = { draft: 'default', published: 'processing', closed: 'success' } as const;
const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

const outcomeColor = { passed: 'success', failed: 'error', not_taken: 'default' } as const;
const PAGE_SIZE = 10;

/** Each person's result within the caller's subtree: paged on the server, filtered by outcome. */
function PeopleResults({ quiz }: { quiz: SpecialQuiz }) {
  const { t } = useTranslation('quizAdmin');
  const [outcome, setOutcome] = useState<SpecialQuizOutcome | 'all'>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const people = useSpecialPeople(quiz.id, outcome === 'all' ? undefined : outcome, page, pageSize);
  const r = people.data;
  const counts = r?.counts;
  const count = (o: SpecialQuizOutcome | 'all') =>
    !counts
      ? ''
      : ` ${o === 'all' ? counts.passed + counts.failed + counts.notTaken : o === 'not_taken' ? counts.notTaken : counts[o]}`;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Space wrap>
          <Typography.Text strong>{t('results.people')}</Typography.Text>
          <ExportButton label={t('results.export')} start={(key) => startResultsExport(quiz.id, key)} />
        </Space>
        <Segmented<SpecialQuizOutcome | 'all'>
          size="small"
          value={outcome}
          onChange={(v) => {
            setOutcome(v);
            setPage(1);
          }}
          options={(['all', ...SpecialQuizOutcomes] as const).map((o) => ({
            value: o,
            label: `${t(`results.outcome.${o}`)}${count(o)}`,
          }))}
        />
      </Flex>
      <Table<PersonResult>
        size="small"
        rowKey="personId"
        loading={people.isFetching}
        dataSource={r?.data ?? []}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('results.nobody') }}
        pagination={{
          current: page,
          pageSize,
          total: r?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common:pager.total', { total: n }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: t('results.name'), dataIndex: 'name', width: 100, fixed: 'left' },
          { title: t('results.org'), dataIndex: 'orgName', ellipsis: true },
          { title: t('results.attempts'), dataIndex: 'attempts', align: 'right', width: 80 },
          {
            title: t('results.best'),
            dataIndex: 'bestScore',
            align: 'right',
            width: 80,
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('results.outcomeCol'),
            dataIndex: 'outcome',
            width: 90,
            render: (o: SpecialQuizOutcome) => <Tag color={outcomeColor[o]}>{t(`results.outcome.${o}`)}</Tag>,
          },
          {
            title: t('results.finishedAt'),
            dataIndex: 'finishedAt',
            width: 140,
            render: (v: string | null) => (v ? at(v) : '—'),
          },
        ]}
      />
      {people.error ? <Typography.Text type="danger">{errorText(people.error)}</Typography.Text> : null}
    </Flex>
  );
}

function ResultsModal({ quiz, onClose }: { quiz: SpecialQuiz; onClose: () => void }) {
  const { t } = useTranslation('quizAdmin');
  const results = useSpecialResults(quiz.id);
  const r = results.data;
  return (
    <Modal open width={820} title={t('results.title', { title: quiz.title })} footer={null} onCancel={onClose}>
      {r && (
        <Flex vertical gap={16}>
          <Space size={48} wrap>
            <Statistic title={t('results.participants')} value={r.participants} />
            <Statistic title={t('results.passed')} value={r.passed} />
            <Statistic title={t('results.average')} value={r.averageScore ?? '—'} />
          </Space>
          <Table
            size="small"
            rowKey="orgId"
            pagination={false}
            dataSource={r.byOrg}
            scroll={{ x: 480 }}
            locale={{ emptyText: t('results.none') }}
            columns={[
              { title: t('results.org'), dataIndex: 'orgName' },
              { title: t('results.participants'), dataIndex: 'participants', align: 'right' },
              { title: t('results.passed'), dataIndex: 'passed', align: 'right' },
              { title: t('results.average'), dataIndex: 'averageScore', align: 'right' },
            ]}
          />
          <PeopleResults quiz={quiz} />
        </Flex>
      )}
      {results.error ? <Typography.Text type="danger">{errorText(results.error)}</Typography.Text> : null}
    </Modal>
  );
}

export function SpecialQuizzesTab() {
  const { t } = useTranslation('quizAdmin');
  const { message } = App.useApp();
  const list = useSpecialQuizzes();
  const actions = useSpecialActions();
  const [editing, setEditing] = useState<{ quiz: SpecialQuiz | null } | null>(null);
  const [viewing, setViewing] = useState<SpecialQuiz | null>(null);
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      message.success(t('saved'));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ quiz: null })}>
          {t('specials.add')}
        </Button>
      }
    >
      <Table<SpecialQuiz>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        // On a phone-width window the table scrolls instead of breaking every word into a column of characters.
        scroll={{ x: 960 }}
        locale={{ emptyText: <Empty description={t('specials.empty')} /> }}
        columns={[
          {
            title: t('specials.col.title'),
            dataIndex: 'title',
            render: (title: string, q) => (
              <Flex vertical>
                <Typography.Text strong>{title}</Typography.Text>
                {q.description && <Typography.Text type="secondary">{q.description}</Typography.Text>}
              </Flex>
            ),
          },
          { title: t('specials.col.org'), dataIndex: 'orgName' },
          {
            title: t('specials.col.window'),
            render: (_, q) => (
              <span>
                {at(q.opensAt)}
                <br />
                {at(q.closesAt)}
              </span>
            ),
          },
          {
            title: t('specials.col.setup'),
            render: (_, q) => (
              <Flex vertical>
                <span>
                  {t('specials.setup', {
                    n: q.questionCount,
                    limit: q.timeLimitMinutes ? t('specials.limit', { n: q.timeLimitMinutes }) : t('specials.noLimit'),
                    mark: q.passMark,
                    attempts: q.attemptsAllowed,
                  })}
                </span>
                {q.tags.length > 0 && (
                  <Typography.Text type="secondary">
                    {t('specials.tagged', { tags: q.tags.join('、') })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('specials.col.status'),
            dataIndex: 'status',
            render: (s: SpecialQuiz['status']) => <Tag color={statusColor[s]}>{t(`specials.status.${s}`)}</Tag>,
          },
          {
            title: t('specials.col.actions'),
            render: (_, q) => (
              <Space wrap>
                {q.status === 'draft' && (
                  <>
                    <Button size="small" onClick={() => setEditing({ quiz: q })}>
                      {t('specials.edit')}
                    </Button>
                    <Popconfirm
                      title={t('specials.publishConfirm')}
                      onConfirm={() => act(() => actions.publish.mutateAsync(q.id))}
                    >
                      <Button size="small" type="primary">
                        {t('specials.publish')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
                {q.status === 'published' && (
                  <Popconfirm
                    title={t('specials.closeConfirm')}
                    onConfirm={() => act(() => actions.close.mutateAsync(q.id))}
                  >
                    <Button size="small" danger>
                      {t('specials.close')}
                    </Button>
                  </Popconfirm>
                )}
                {q.status !== 'draft' && (
                  <Button size="small" onClick={() => setViewing(q)}>
                    {t('specials.results')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <SpecialQuizModal editing={editing.quiz} onClose={() => setEditing(null)} />}
      {viewing && <ResultsModal quiz={viewing} onClose={() => setViewing(null)} />}
    </Card>
  );
}

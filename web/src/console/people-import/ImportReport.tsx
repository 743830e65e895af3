// What a finished check (or a refused write) found: the counts, the problems by kind, and — when
// rows failed — the "nothing was written" notice, the per-row problem table and the report download.
import { DownloadOutlined } from '@ant-design/icons';
import { FieldMessages, type ImportProblem } from '@hongyun/contracts';
import { Alert, Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { downloadFile } from '../../shared/jobs/useJob.ts';
import type { ImportResult } from './import-api.ts';
import { NS } from './strings.ts';

export function ImportCounts({ result }: { result: ImportResult }) {
  const { t } = useTranslation(NS);
  return (
    <Row gutter={16}>
      <Col xs={8} md={6}>
        <Statistic title={t('check.rows')} value={result.rows} />
      </Col>
      <Col xs={8} md={6}>
        <Statistic title={t('check.valid')} value={result.valid} styles={{ content: { color: '#389e0d' } }} />
      </Col>
      <Col xs={8} md={6}>
        <Statistic
          title={t('check.invalid')}
          value={result.invalid}
          styles={{ content: { color: result.invalid ? '#cf1322' : undefined } }}
        />
      </Col>
    </Row>
  );
}

export function UnknownColumnsNote({ result }: { result: ImportResult }) {
  const { t } = useTranslation(NS);
  return (
    <>
      {result.unknownColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('check.unknownColumns', { columns: result.unknownColumns.join('、') })}
        />
      )}
      {/* The question template's example rows left in the file are skipped, never imported. */}
      {(result.skipped ?? 0) > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('check.examplesSkipped', {
            count: result.skipped,
            rows: result.exampleRows.join('、'),
          })}
          description={t('check.examplesSkippedHint')}
        />
      )}
      {/* A question import creates the categories the bank lacks: named here so a typo is seen before confirming. */}
      {result.newCategories.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('check.newCategories', { categories: result.newCategories.join('、') })}
          description={t('check.newCategoriesHint')}
        />
      )}
    </>
  );
}

/** Problem counts by kind, worded as the server words them (FieldMessages shares the text). */
function ProblemKinds({ byCode }: { byCode: Record<string, number> }) {
  const { t } = useTranslation(NS);
  const entries = Object.entries(byCode).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return null;
  return (
    <div>
      <Typography.Text type="secondary">{t('check.byCode')}</Typography.Text>
      <Space size={[4, 8]} wrap>
        {entries.map(([code, count]) => (
          // Long reasons wrap on a phone-width window instead of running off the card.
          <Tag key={code} color="red" style={{ whiteSpace: 'normal', maxWidth: '100%' }}>
            {pick(FieldMessages[code]) || code} × {count}
          </Tag>
        ))}
      </Space>
    </div>
  );
}

/** The server prefixes a message with its column ("身份证号：…"); the table shows the column beside it. */
const withoutColumn = (p: ImportProblem) =>
  p.column && p.message.startsWith(`${p.column}：`) ? p.message.slice(p.column.length + 1) : p.message;

export function ProblemTable({
  problems,
  total,
  nameTitle,
}: {
  problems: ImportProblem[];
  total: number;
  /** The heading of the column that names the row (a person, an organisation, a question's stem). */
  nameTitle?: string;
}) {
  const { t } = useTranslation(NS);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {total > problems.length && (
        <Typography.Text type="secondary">{t('check.sampleNote', { shown: problems.length, total })}</Typography.Text>
      )}
      <Table<ImportProblem & { key: number }>
        size="small"
        bordered
        dataSource={problems.map((p, i) => ({ ...p, key: i }))}
        pagination={{
          defaultPageSize: 10,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common:pager.total', { total: n }),
        }}
        scroll={{ x: 780 }}
        columns={[
          {
            title: t('check.colRow'),
            dataIndex: 'row',
            width: 110,
            render: (row: number) => t('check.rowN', { row }),
          },
          {
            // The row's name as read, so the office finds the row without counting lines.
            title: nameTitle ?? t('check.colName'),
            dataIndex: 'name',
            width: 140,
            render: (name: string | null | undefined) => name || '—',
          },
          {
            title: t('check.colColumn'),
            dataIndex: 'column',
            width: 180,
            render: (column: string | null) => column ?? t('check.noColumn'),
          },
          { title: t('check.colMessage'), dataIndex: 'message', render: (_: string, p) => withoutColumn(p) },
        ]}
      />
    </Space>
  );
}

/**
 * The result of a check or of a write that was refused. `title`/`hint` say which; `actions` are the
 * caller's (back to upload, go on).
 */
export function ImportReport({
  heading,
  result,
  failedTitle,
  failedHint,
  reportLabel,
  actions,
  nameTitle,
}: {
  nameTitle?: string;
  heading?: ReactNode;
  result: ImportResult;
  failedTitle: string;
  failedHint: string;
  reportLabel: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(NS);
  const problemCount = Object.values(result.problemsByCode).reduce((s, n) => s + n, 0);
  const hasProblems = result.invalid > 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={heading || undefined}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ImportCounts result={result} />
          <ProblemKinds byCode={result.problemsByCode} />
        </Space>
      </Card>
      <UnknownColumnsNote result={result} />
      {hasProblems && <Alert type="error" showIcon role="alert" title={failedTitle} description={failedHint} />}
      <Space wrap>
        {hasProblems && (
          <Button type="primary" icon={<DownloadOutlined />} onClick={() => downloadFile(result.reportFileId)}>
            {reportLabel}
          </Button>
        )}
        {actions}
      </Space>
      {hasProblems && (
        <div>
          <Typography.Title level={5}>{t('check.problems')}</Typography.Title>
          <ProblemTable
            problems={result.sampleProblems}
            total={Math.max(problemCount, result.sampleProblems.length)}
            nameTitle={nameTitle}
          />
        </div>
      )}
    </Space>
  );
}

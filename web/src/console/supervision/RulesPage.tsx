// 预警规则: the warning rules of the console scope's subtree and the rules above it that also watch
// its people. Each row says the rule in words (the server's summary), its severity, whether it is on,
// its open alerts and last run; 运行 checks it now and says what it found; edit and delete where the
// server says the caller may.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Grid, Popconfirm, Result, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { errorText } from '../../shared/errors.ts';
import { type Rule, useRuleActions, useRules } from '../../shared/supervision/api.ts';
import { severityColor, severityText } from '../../shared/supervision/labels.ts';
import { useScope } from '../shell/scope.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { RunRuleButton } from './RunRuleButton.tsx';
import { ruleToInput } from './rule-form.ts';
import './strings.ts';

export function Component() {
  const { t } = useTranslation('supervisionAdmin');
  const { message } = App.useApp();
  const me = useSignedInMe();
  const { scope } = useScope();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<{ rule: Rule | null } | null>(null);
  const canRead = me.abilities.canReadAlerts === true;
  const canManage = me.abilities.canManageRules === true;
  const rules = useRules(scope?.orgId, page, pageSize);
  const actions = useRuleActions();
  const wide = Grid.useBreakpoint().md !== false;
  if (!canRead) return <Result status="403" title="403" subTitle={t('forbidden')} />;

  const toggle = async (rule: Rule, isEnabled: boolean) => {
    try {
      await actions.update.mutateAsync({ id: rule.id, body: { ...ruleToInput(rule), isEnabled } });
      message.success(isEnabled ? t('rules.enabledOn') : t('rules.enabledOff'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const remove = async (rule: Rule) => {
    try {
      await actions.remove.mutateAsync(rule.id);
      message.success(t('rules.deleted'));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  // The cells, shared by the table on a wide window and the one-column list on a phone-width one.
  const ruleCell = (r: Rule) => (
    <Flex vertical gap={2}>
      <Space size={6} wrap>
        <Typography.Text strong>{r.name}</Typography.Text>
        <Tag color={severityColor[r.severity]}>{severityText(r.severity)}</Tag>
        {r.isBuiltIn && <Tag>{t('rules.builtIn')}</Tag>}
      </Space>
      <Typography.Text>{r.summary}</Typography.Text>
      <Typography.Text type="secondary">{[r.orgName, r.description].filter(Boolean).join(' · ')}</Typography.Text>
    </Flex>
  );
  const enabledSwitch = (r: Rule) => (
    <Switch
      checked={r.isEnabled}
      disabled={!r.canEdit}
      loading={actions.update.isPending && actions.update.variables?.id === r.id}
      aria-label={`${t('rules.col.enabled')} ${r.name}`}
      onChange={(v) => void toggle(r, v)}
    />
  );
  const openCell = (r: Rule) =>
    r.openAlerts > 0 ? (
      <Link to={`/supervision/alerts?rule=${r.id}&status=unclosed`}>{t('rules.openAlerts', { n: r.openAlerts })}</Link>
    ) : (
      <Typography.Text type="secondary">0</Typography.Text>
    );
  const lastRunCell = (r: Rule) =>
    r.lastRunDay ?? <Typography.Text type="secondary">{t('rules.neverRun')}</Typography.Text>;
  const actionsCell = (r: Rule) =>
    r.canEdit ? (
      <Space wrap size={4}>
        <RunRuleButton rule={r} />
        <Button size="small" onClick={() => setEditing({ rule: r })}>
          {t('common:action.edit')}
        </Button>
        {!r.isBuiltIn && (
          <Popconfirm title={t('rules.deleteConfirm', { name: r.name })} onConfirm={() => remove(r)}>
            <Button size="small" danger>
              {t('rules.delete')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('rules.readOnly')}</Typography.Text>
    );
  const columns: ColumnsType<Rule> = [
    { title: t('rules.col.rule'), key: 'rule', render: (_, r) => ruleCell(r) },
    { title: t('rules.col.enabled'), key: 'enabled', width: 70, render: (_, r) => enabledSwitch(r) },
    { title: t('rules.col.open'), key: 'open', width: 110, align: 'right', render: (_, r) => openCell(r) },
    { title: t('rules.col.lastRun'), key: 'lastRun', width: 110, render: (_, r) => lastRunCell(r) },
    { title: t('rules.col.actions'), key: 'actions', width: 230, render: (_, r) => actionsCell(r) },
  ];

  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('rules.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('rules.subtitle')}</Typography.Text>
        </div>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ rule: null })}>
            {t('rules.add')}
          </Button>
        )}
      </div>
      <Card>
        {rules.error && <Typography.Text type="danger">{errorText(rules.error)}</Typography.Text>}
        <Table<Rule>
          rowKey="id"
          loading={rules.isFetching}
          dataSource={rules.data?.data ?? []}
          scroll={wide ? { x: 900 } : undefined}
          locale={{ emptyText: <Empty description={t('rules.empty')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: rules.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (n) => t('common:pager.total', { total: n }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
          columns={
            wide
              ? columns
              : [
                  {
                    title: t('rules.col.rule'),
                    key: 'rule',
                    render: (_, r) => (
                      <Flex vertical gap={8}>
                        {ruleCell(r)}
                        <Flex gap={12} wrap align="center">
                          {enabledSwitch(r)}
                          <span>
                            {t('rules.col.open')} {openCell(r)}
                          </span>
                          <span>
                            {t('rules.col.lastRun')} {lastRunCell(r)}
                          </span>
                        </Flex>
                        {actionsCell(r)}
                      </Flex>
                    ),
                  },
                ]
          }
        />
      </Card>
      {editing && <RuleEditor rule={editing.rule} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

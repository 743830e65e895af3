// Business module switches for an organisation's subtree: each module inherits from above, or is
// switched on or off here (a root has nothing above: on or off only). A save reaches every
// organisation below, so it asks first, naming how many. Shown only to viewers whose abilities
// include canSwitchModules.
import { ModuleLabels, type ModuleName } from '@hongyun/contracts';
import { App, Button, Card, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { type Choice, changesOf, choicesFor, savedChoice } from './module-choices.ts';
import { type ModuleSetting, useOrgModules, useSetOrgModules } from './orgQueries.ts';

const choiceKey = { inherit: 'modules.inherit', on: 'modules.on', off: 'modules.off' } as const;

export function OrgModulesCard({ org }: { org: { id: number; name: string; parentId: number | null } }) {
  const { t } = useTranslation('orgs');
  const { message, modal } = App.useApp();
  const modules = useOrgModules(org.id, true);
  const save = useSetOrgModules(org.id);
  const [draft, setDraft] = useState<Partial<Record<ModuleName, Choice>>>({});
  const isRoot = org.parentId === null;
  const rows = modules.data?.modules ?? [];

  const changes = useMemo(() => changesOf(rows, draft, isRoot), [rows, draft, isRoot]);
  const dirty = Object.keys(changes).length > 0;

  const submit = async () => {
    try {
      await save.mutateAsync(changes);
      setDraft({}); // the server's answer is now what the switches show
      message.success(t('modules.saved'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const confirmSave = () => {
    const orgCount = modules.data?.orgCount ?? 1;
    modal.confirm({
      title: t('modules.confirmTitle'),
      content: (
        <>
          <ul style={{ margin: '8px 0', paddingInlineStart: 20 }}>
            {(Object.keys(changes) as ModuleName[]).map((m) => (
              <li key={m}>
                {t('modules.confirmChange', {
                  module: pick(ModuleLabels[m]),
                  choice: t(choiceKey[draft[m] ?? 'inherit']),
                })}
              </li>
            ))}
          </ul>
          <Typography.Paragraph strong>
            {orgCount > 1
              ? t('modules.confirmReach', {
                  org: org.name,
                  total: orgCount.toLocaleString('zh-CN'),
                  below: (orgCount - 1).toLocaleString('zh-CN'),
                })
              : t('modules.confirmReachOne', { org: org.name })}
          </Typography.Paragraph>
          {orgCount > 1 && <Typography.Paragraph type="secondary">{t('modules.confirmOwn')}</Typography.Paragraph>}
        </>
      ),
      okText: t('modules.confirmOk'),
      cancelText: t('common:action.cancel'),
      onOk: submit,
    });
  };

  return (
    <Card
      title={t('modules.edit')}
      size="small"
      extra={
        <Space>
          <Button size="small" disabled={!dirty || save.isPending} onClick={() => setDraft({})}>
            {t('common:action.reset')}
          </Button>
          <Button size="small" type="primary" disabled={!dirty} loading={save.isPending} onClick={confirmSave}>
            {t('common:action.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t(isRoot ? 'modules.hintRoot' : 'modules.hint')}</Typography.Paragraph>
      <Table<ModuleSetting>
        rowKey="module"
        size="small"
        pagination={false}
        loading={modules.isPending}
        dataSource={rows}
        locale={{ emptyText: modules.isError ? errorText(modules.error) : t('modules.noneInstalled') }}
        columns={[
          { key: 'name', title: t('modules.title'), render: (_, m) => pick(ModuleLabels[m.module]) },
          {
            key: 'effective',
            title: t('modules.current'),
            width: 120,
            render: (_, m) =>
              m.effective ? <Tag color="green">{t('modules.stateOn')}</Tag> : <Tag>{t('modules.stateOff')}</Tag>,
          },
          {
            key: 'setting',
            title: t('modules.edit'),
            width: 240,
            render: (_, m) => (
              <Radio.Group
                aria-label={pick(ModuleLabels[m.module])}
                size="small"
                optionType="button"
                value={draft[m.module] ?? savedChoice(m, isRoot)}
                onChange={(e) => setDraft((d) => ({ ...d, [m.module]: e.target.value as Choice }))}
                options={choicesFor(isRoot).map((c) => ({ value: c, label: t(choiceKey[c]) }))}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

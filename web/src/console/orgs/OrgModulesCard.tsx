// Business module switches for an organisation's subtree: each module inherits from above, or is
// switched on or off here. Shown only to viewers whose abilities include canSwitchModules.
import { ModuleLabels, type ModuleName } from '@hongyun/contracts';
import { App, Button, Card, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { type ModuleSetting, useOrgModules, useSetOrgModules } from './orgQueries.ts';

type Choice = 'inherit' | 'on' | 'off';
const toChoice = (s: boolean | null): Choice => (s === null ? 'inherit' : s ? 'on' : 'off');
const toSetting = (c: Choice): boolean | null => (c === 'inherit' ? null : c === 'on');

export function OrgModulesCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('orgs');
  const { message } = App.useApp();
  const modules = useOrgModules(orgId, true);
  const save = useSetOrgModules(orgId);
  const [draft, setDraft] = useState<Partial<Record<ModuleName, Choice>>>({});

  const changes = useMemo(() => {
    const out: Partial<Record<ModuleName, boolean | null>> = {};
    for (const m of modules.data ?? []) {
      const chosen = draft[m.module];
      if (chosen && chosen !== toChoice(m.setting)) out[m.module] = toSetting(chosen);
    }
    return out;
  }, [draft, modules.data]);
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

  return (
    <Card
      title={t('modules.edit')}
      size="small"
      extra={
        <Space>
          <Button size="small" disabled={!dirty || save.isPending} onClick={() => setDraft({})}>
            {t('common:action.reset')}
          </Button>
          <Button size="small" type="primary" disabled={!dirty} loading={save.isPending} onClick={() => void submit()}>
            {t('common:action.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('modules.hint')}</Typography.Paragraph>
      <Table<ModuleSetting>
        rowKey="module"
        size="small"
        pagination={false}
        loading={modules.isPending}
        dataSource={modules.data ?? []}
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
                value={draft[m.module] ?? toChoice(m.setting)}
                onChange={(e) => setDraft((d) => ({ ...d, [m.module]: e.target.value as Choice }))}
                options={[
                  { value: 'inherit', label: t('modules.inherit') },
                  { value: 'on', label: t('modules.on') },
                  { value: 'off', label: t('modules.off') },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

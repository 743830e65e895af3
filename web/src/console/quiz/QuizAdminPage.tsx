// 答题管理: the daily and weekly quiz rules of an organisation, and the special quizzes of the
// office's subtree. Shown to org admins and party offices (the quiz manifest's nav ability).
import { Flex, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { RulesCard } from './RulesCard.tsx';
import { SpecialQuizzesTab } from './SpecialQuizzesTab.tsx';
import './strings.ts';

export function Component() {
  const { t } = useTranslation('quizAdmin');
  const me = useSignedInMe();
  if (!me.abilities.canManageQuizzes) return <Result status="403" title="403" subTitle={t('forbidden')} />;
  return (
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <div>
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      <Tabs
        items={[
          { key: 'specials', label: t('tabs.specials'), children: <SpecialQuizzesTab /> },
          { key: 'rules', label: t('tabs.rules'), children: <RulesCard /> },
        ]}
      />
    </Flex>
  );
}

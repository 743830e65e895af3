// /question-bank/import: Excel import of questions into an organisation's bank — the register
// import's four-step wizard (template → upload → check → confirm) with the question kind.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInMe } from '../../api/session.ts';
import { ImportWizard } from '../people-import/ImportWizard.tsx';
import { NS } from '../people-import/strings.ts';
import './strings.ts';

export function Component() {
  const { t } = useTranslation(NS);
  const { abilities } = useSignedInMe();
  return (
    <>
      <div className="hy-page-head">
        <Typography.Title level={3}>{t('tabs.questions')}</Typography.Title>
        <Link to="/question-bank">
          <Button icon={<ArrowLeftOutlined />}>{t('qbank:import.back')}</Button>
        </Link>
      </div>
      {abilities.canImportQuestions ? (
        <ImportWizard kind="questions" />
      ) : (
        <Result status="403" subTitle={t('qbank:import.forbidden')} />
      )}
    </>
  );
}

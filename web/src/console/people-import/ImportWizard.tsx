// One import (members or organisations) as four steps: template → upload → check → confirm. The
// steps can be revisited (Back) until a write starts; a new org or file means a new check.
import { Card, Steps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { hasJobResult, isJobActive, useJob } from '../../shared/jobs/useJob.ts';
import { useScope } from '../shell/scope.tsx';
import { CheckStep } from './CheckStep.tsx';
import { ConfirmStep } from './ConfirmStep.tsx';
import { type ImportKind, importResultOf, startImport, type UploadedFile } from './import-api.ts';
import { NS } from './strings.ts';
import { TemplateStep } from './TemplateStep.tsx';
import { UploadStep } from './UploadStep.tsx';
import { useWizardState, type WizardStep } from './useWizardState.ts';

type Starting = { isStarting: boolean; error: unknown };
const idle: Starting = { isStarting: false, error: null };

export function ImportWizard({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation(NS);
  const me = useSignedInMe();
  const { scope } = useScope();
  const { state, update, chooseOrg, restart } = useWizardState(kind, me.account.id, scope);
  const [checkStart, setCheckStart] = useState<Starting>(idle);
  const [writeStart, setWriteStart] = useState<Starting>(idle);
  const { data: checkJob } = useJob(state.checkJobId);
  const { data: writeJob } = useJob(state.writeJobId);

  const checked = importResultOf(checkJob);
  const written = hasJobResult(writeJob) ? importResultOf(writeJob) : null;
  const isCheckClean = !!checked && checked.invalid === 0;
  // Once a write runs or has written, the earlier steps are closed: only "import another" goes back.
  const isLocked = !!state.writeJobId && (isJobActive(writeJob) || !writeJob || !!written?.isWritten);

  const goTo = (step: WizardStep) => update({ step });

  const startCheck = async (file: UploadedFile | null, attempt: number) => {
    if (!file || state.orgId === null) return;
    setCheckStart({ isStarting: true, error: null });
    try {
      const body = { fileId: file.id, orgId: state.orgId, dryRun: true };
      const job = await startImport(kind, body, `check-${file.id}-${state.orgId}-${attempt}`);
      update({ checkJobId: job.id, writeJobId: null, advancedFor: null, attempt, step: 2 });
      setCheckStart(idle);
    } catch (e) {
      setCheckStart({ isStarting: false, error: e });
    }
  };

  const onUploaded = (file: UploadedFile) => {
    update({ file, checkJobId: null, writeJobId: null, advancedFor: null });
    void startCheck(file, state.attempt);
  };

  const startWrite = async () => {
    if (!state.file || state.orgId === null || !state.checkJobId) return;
    setWriteStart({ isStarting: true, error: null });
    try {
      const body = { fileId: state.file.id, orgId: state.orgId, dryRun: false };
      const job = await startImport(kind, body, `write-${state.checkJobId}-${state.attempt}`);
      update({ writeJobId: job.id });
      setWriteStart(idle);
    } catch (e) {
      setWriteStart({ isStarting: false, error: e });
    }
  };

  const onPassed = useCallback((jobId: string) => update({ advancedFor: jobId, step: 3 }), [update]);

  const reupload = () => {
    // A corrected file is a new upload; the next check and write get fresh keys.
    update({ step: 1, checkJobId: null, writeJobId: null, advancedFor: null, attempt: state.attempt + 1 });
    setCheckStart(idle);
    setWriteStart(idle);
  };

  const startOver = () => {
    restart();
    setCheckStart(idle);
    setWriteStart(idle);
  };

  // How far the user may click on the step bar.
  const reachable = isLocked ? [3] : [0, ...(state.orgId !== null ? [1] : []), ...(state.checkJobId ? [2] : [])];
  if (!isLocked && isCheckClean) reachable.push(3);

  const checkFailed = checkJob?.status === 'failed' || (!!checked && checked.invalid > 0);
  const writeFailed =
    writeJob?.status === 'failed' || writeJob?.status === 'rejected' || (!!written && !written.isWritten);
  const status =
    (state.step === 2 && checkFailed) || (state.step === 3 && writeFailed)
      ? 'error'
      : state.step === 3 && written?.isWritten
        ? 'finish'
        : 'process';

  const titles = [t('steps.template'), t('steps.upload'), t('steps.check'), t('steps.confirm')];

  return (
    <Card>
      <Steps
        current={state.step}
        status={status}
        onChange={(step) => reachable.includes(step) && goTo(step as WizardStep)}
        items={titles.map((title, i) => ({ title, disabled: !reachable.includes(i) }))}
        style={{ marginBottom: 32 }}
      />
      {state.step === 0 && (
        <TemplateStep
          kind={kind}
          orgId={state.orgId}
          orgName={state.orgName}
          onOrgChange={chooseOrg}
          onNext={() => goTo(1)}
        />
      )}
      {state.step === 1 && (
        <UploadStep
          file={state.file}
          isStarting={checkStart.isStarting}
          startError={checkStart.error}
          onUploaded={onUploaded}
          onCheck={() => void startCheck(state.file, state.attempt)}
          onPrev={() => goTo(0)}
        />
      )}
      {state.step === 2 && (
        <CheckStep
          kind={kind}
          jobId={state.checkJobId}
          file={state.file}
          orgName={state.orgName}
          isStarting={checkStart.isStarting}
          startError={checkStart.error}
          advancedFor={state.advancedFor}
          onPassed={onPassed}
          onRetry={() => void startCheck(state.file, state.attempt + 1)}
          onReupload={reupload}
          onNext={() => goTo(3)}
        />
      )}
      {state.step === 3 && (
        <ConfirmStep
          kind={kind}
          fileName={state.file?.name ?? null}
          orgName={state.orgName}
          checkJobId={state.checkJobId}
          writeJobId={state.writeJobId}
          isStarting={writeStart.isStarting}
          startError={writeStart.error}
          onConfirm={() => void startWrite()}
          onPrev={() => goTo(2)}
          onReupload={reupload}
          onRestart={startOver}
        />
      )}
    </Card>
  );
}

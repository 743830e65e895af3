// For a relative's account: the members they may act for (active delegations naming this account),
// each with a button to start acting for them. Nothing is shown to accounts without delegations.
import { ModuleLabels, type ModuleName, Modules } from '@hongyun/contracts';
import { Button, Dialog, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { pick } from '../../i18n/index.ts';
import { errorText } from '../../shared/errors.ts';
import { type Delegation, useActingFor, useMyDelegations } from '../shell/queries.ts';

const isModule = (s: string): s is ModuleName => (Modules as readonly string[]).includes(s);

export function DelegationOffer() {
  const { t } = useTranslation('h5');
  const me = useSignedInMe();
  const { data: delegations } = useMyDelegations(me);
  const { start } = useActingFor();
  if (me.actingFor || !delegations?.length) return null;

  const onStart = async (d: Delegation) => {
    const ok = await Dialog.confirm({
      content: t('acting.startConfirm', { name: d.principalName, relation: d.relation }),
      confirmText: t('acting.start'),
      cancelText: t('common:action.cancel'),
    });
    if (!ok) return;
    start.mutate(d.id, {
      onSuccess: () => Toast.show({ icon: 'success', content: t('acting.started', { name: d.principalName }) }),
      onError: (e) => Toast.show({ icon: 'fail', content: errorText(e) }),
    });
  };

  return (
    <section className="hy-m-card" aria-labelledby="hy-m-delegations">
      <h2 id="hy-m-delegations" className="hy-m-section-title">
        {t('acting.offerTitle')}
      </h2>
      <p className="hy-m-note">{t('acting.offerHint')}</p>
      <ul className="hy-m-delegations">
        {delegations.map((d) => (
          <li key={d.id} className="hy-m-delegation">
            <div className="hy-m-delegation-who">
              <strong>
                {d.principalName}
                <span className="hy-m-badge hy-m-badge-gap">{d.relation}</span>
              </strong>
              <span className="hy-m-muted hy-m-small">
                {t('acting.scopes', {
                  scopes: d.scopes
                    .filter(isModule)
                    .map((s) => pick(ModuleLabels[s]))
                    .join('、'),
                })}
              </span>
            </div>
            <Button
              color="primary"
              shape="rounded"
              loading={start.isPending && start.variables === d.id}
              onClick={() => void onStart(d)}
            >
              {t('acting.start')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

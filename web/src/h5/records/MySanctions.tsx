// 我的激励惩戒 under 我的: the commendations and disciplinary decisions recorded about the signed-in
// member, in person only (the server answers nobody acting for them). Shown only when the module
// answers: switched off or refused, the section is simply not there. Revoked ones stay, marked.
import { type SanctionKind, SanctionKindLabels } from '@hongyun/contracts';
import { useQuery } from '@tanstack/react-query';
import { List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { addStrings, pick } from '../../i18n/index.ts';

addStrings('h5records', {
  zh: {
    title: '我的激励惩戒',
    empty: '暂无记录',
    revoked: '已撤销',
    source: '依据：{{text}}',
    decidedBy: '决定人：{{name}}',
  },
  en: {
    title: 'My commendations and discipline',
    empty: 'Nothing recorded',
    revoked: 'Revoked',
    source: 'Grounds: {{text}}',
    decidedBy: 'Decided by {{name}}',
  },
});

const COLORS: Record<SanctionKind, string> = {
  commendation: 'success',
  reminder: 'primary',
  talk: 'warning',
  warning: 'danger',
};

export function MySanctions({ personId }: { personId: string }) {
  const { t } = useTranslation('h5records');
  const list = useQuery({
    queryKey: ['records', personId, 'sanctions'],
    queryFn: ({ signal }) =>
      call(http.GET('/api/people/{id}/sanctions', { params: { path: { id: personId } }, signal })),
    retry: false,
  });
  if (!list.data) return null;
  return (
    <List header={<h2 className="hy-m-list-title">{t('title')}</h2>} mode="card">
      {list.data.data.length === 0 && <List.Item>{t('empty')}</List.Item>}
      {list.data.data.map((s) => (
        <List.Item
          key={s.id}
          style={s.revocation ? { opacity: 0.6 } : undefined}
          description={
            <>
              {s.source && <div>{t('source', { text: s.source })}</div>}
              <div>{t('decidedBy', { name: s.decidedBy.name })}</div>
              {s.revocation && <div>{`${t('revoked')}: ${s.revocation.reason}`}</div>}
            </>
          }
        >
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
            <Tag color={COLORS[s.kind]}>{pick(SanctionKindLabels[s.kind])}</Tag>
            <span className="hy-m-value">{s.decidedOn}</span>
          </div>
          <div style={s.revocation ? { textDecoration: 'line-through' } : undefined}>{s.reason}</div>
        </List.Item>
      ))}
    </List>
  );
}

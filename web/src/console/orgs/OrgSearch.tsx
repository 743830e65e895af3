// Name search over the caller's whole subtree; each hit shows where it sits (its path), because many
// branches share names like 第一党支部. Choosing a hit hands it to the page, which selects it.
import { SearchOutlined } from '@ant-design/icons';
import { OrgTypeLabels } from '@hongyun/contracts';
import { AutoComplete, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgHit } from '../../api/orgs.ts';
import { pick } from '../../i18n/index.ts';
import { useOrgSearch } from './orgQueries.ts';
import './strings.ts';

type Props = { includeDissolved: boolean; onPick: (hit: OrgHit) => void };

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function HitLabel({ hit }: { hit: OrgHit }) {
  const { t } = useTranslation('orgs');
  // The path without the org itself: the name is already the first line.
  const parents = hit.pathNames.slice(0, -1).join(' / ');
  return (
    <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 0' }}>
      <div>
        {hit.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {pick(OrgTypeLabels[hit.type])}
          {hit.isDissolved ? ` · ${t('dissolved')}` : ''}
        </Typography.Text>
      </div>
      {parents && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {parents}
        </Typography.Text>
      )}
    </div>
  );
}

export function OrgSearch({ includeDissolved, onPick }: Props) {
  const { t } = useTranslation('orgs');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useOrgSearch(q, includeDissolved);
  const hits = q ? (search.data?.data ?? []) : [];
  const total = search.data?.total ?? 0;

  const options = hits.map((hit) => ({ value: String(hit.id), label: <HitLabel hit={hit} /> }));
  if (q && total > hits.length) {
    options.push({
      value: 'more',
      label: (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('moreMatches', { total, shown: hits.length })}
        </Typography.Text>
      ),
    });
  }

  return (
    <AutoComplete
      style={{ width: '100%' }}
      value={text}
      onChange={setText}
      options={options.map((o) => ({ ...o, disabled: o.value === 'more' }))}
      onSelect={(value: string) => {
        const hit = hits.find((h) => String(h.id) === value);
        if (!hit) return;
        setText(hit.name);
        onPick(hit);
      }}
      notFoundContent={q && !search.isFetching ? t('noMatch') : null}
      popupMatchSelectWidth={360}
    >
      <Input
        allowClear
        aria-label={t('search')}
        placeholder={t('searchHint')}
        prefix={<SearchOutlined aria-hidden />}
      />
    </AutoComplete>
  );
}

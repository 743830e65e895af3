// Finds a member by name through /api/people?q= (scoped by the server to what the caller may see).
import type { PersonView } from '@hongyun/contracts';
import { Select, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import './strings.ts';

type Option = { value: string; label: string };
type Props = {
  id?: string;
  value?: string;
  valueLabel?: string;
  onChange: (personId: string | undefined, name: string | undefined) => void;
};

export function PersonSearchSelect({ id, value, valueLabel, onChange }: Props) {
  const { t } = useTranslation('events');
  const [options, setOptions] = useState<Option[]>([]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const search = (q: string) => {
    clearTimeout(timer.current);
    if (!q.trim()) return;
    timer.current = setTimeout(async () => {
      setSearching(true);
      const res = await call(http.GET('/api/people', { params: { query: { q: q.trim(), pageSize: 20 } } })).catch(
        () => ({
          data: [] as PersonView[],
        }),
      );
      setOptions(res.data.map((p) => ({ value: p.id, label: p.org ? `${p.name} · ${p.org.name}` : p.name })));
      setNames(new Map(res.data.map((p) => [p.id, p.name])));
      setSearching(false);
    }, 250);
  };

  const shown =
    value && valueLabel && !options.some((o) => o.value === value)
      ? [{ value, label: valueLabel }, ...options]
      : options;

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: search }}
      allowClear
      value={value}
      placeholder={t('filter.personPlaceholder')}
      style={{ width: 280 }}
      options={shown}
      notFoundContent={searching ? <Spin size="small" /> : null}
      onChange={(v?: string) => onChange(v, v ? (names.get(v) ?? valueLabel) : undefined)}
      popupMatchSelectWidth={false}
    />
  );
}

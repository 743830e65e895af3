import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';

type Props = {
  orgId: number;
  current: { id: string; name: string } | null;
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
};

export function SecretarySelect({ orgId, current, value, onChange, id }: Props) {
  const { t } = useTranslation('orgs');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const people = useQuery({
    queryKey: ['orgs', 'secretary-candidates', orgId, q],
    queryFn: ({ signal }) => call(http.GET('/api/people', { params: { query: { orgId, q, pageSize: 20 } }, signal })),
    enabled: q.length > 0,
  });

  const found = q ? (people.data?.data ?? []) : [];
  const options = found.map((p) => ({
    value: p.id,
    label: p.name,
    org: p.org?.name ?? '',
  }));
  // The current secretary keeps their name on the field, and stays in the list while it matches.
  if (current && (!q || current.name.includes(q)) && !options.some((o) => o.value === current.id)) {
    options.unshift({ value: current.id, label: current.name, org: '' });
  }

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('form.secretaryPlaceholder')}
      loading={people.isFetching}
      notFoundContent={q && !people.isFetching ? t('noPerson') : null}
      options={options}
      optionRender={(o) => (
        <span>
          {o.data.label}{' '}
          {o.data.org && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.org}
            </Typography.Text>
          )}
        </span>
      )}
    />
  );
}

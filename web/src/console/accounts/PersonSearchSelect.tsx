import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import './strings.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  notFound?: string;
};

export function PersonSearchSelect({ id, value, onChange, placeholder, notFound }: Props) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const { i18n } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const people = useQuery({
    queryKey: ['accounts', 'person-search', q],
    queryFn: ({ signal }) => call(http.GET('/api/people', { params: { query: { q, pageSize: 20 } }, signal })),
    enabled: q.length > 0,
  });
  const options = (q ? (people.data?.data ?? []) : []).map((p) => ({
    value: p.id,
    label: p.name,
    org: p.org?.name ?? '',
    year: p.birthYear,
  }));

  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={placeholder}
      loading={people.isFetching}
      notFoundContent={q && !people.isFetching ? notFound : null}
      options={options}
      optionRender={(o) => (
        <span>
          {o.data.label}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[o.data.year ? (i18n.language === 'en' ? `b. ${o.data.year}` : `${o.data.year}年生`) : '', o.data.org]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </span>
      )}
    />
  );
}

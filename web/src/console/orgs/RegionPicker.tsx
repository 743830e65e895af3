// Administrative division picker: a cascader that asks the server for one level at a time
// (province → prefecture → county → township → village) and accepts a choice at any level.
// The form value is the chosen 12-digit code (or null).
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRegion, fetchRegions, type Region } from './orgQueries.ts';

type Option = { value: string; label: string; isLeaf: boolean; children?: Option[] };

/** Villages (level 5) have nothing below them. */
const VILLAGE_LEVEL = 5;
const toOption = (r: Region): Option => ({ value: r.code, label: r.name, isLeaf: r.level >= VILLAGE_LEVEL });

/** A copy of the option tree with `children` hung under the option whose value is `code`. */
function attach(options: Option[], code: string, children: Option[]): Option[] {
  return options.map((o) => {
    if (o.value === code) return { ...o, children, isLeaf: children.length === 0 };
    return o.children ? { ...o, children: attach(o.children, code, children) } : o;
  });
}

type Props = {
  value?: string | null;
  onChange?: (code: string | null) => void;
  id?: string;
  'aria-label'?: string;
};

export function RegionPicker({ value, onChange, id, ...rest }: Props) {
  const { t } = useTranslation('orgs');
  const [options, setOptions] = useState<Option[]>([]);
  const [selected, setSelected] = useState<string[]>([]);

  // The top level, plus every level down to a value that comes from outside (first render, form
  // reset), so the cascader can show its path. Our own onChange already has the path: no reload.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `selected`/`options` are read, not triggers
  useEffect(() => {
    if (!value) {
      setSelected([]);
      if (options.length === 0) void fetchRegions().then((top) => setOptions(top.map(toOption)));
      return;
    }
    if (selected.at(-1) === value) return;
    let cancelled = false;
    void (async () => {
      const region = await fetchRegion(value).catch(() => null);
      const chain = region ? [...region.ancestors, region] : [];
      const parents = [undefined, ...chain.slice(0, -1).map((r) => r.code)];
      const levels = await Promise.all(parents.map((code) => fetchRegions(code)));
      let tree = (levels[0] ?? []).map(toOption);
      parents.slice(1).forEach((code, i) => {
        if (code) tree = attach(tree, code, (levels[i + 1] ?? []).map(toOption));
      });
      if (cancelled) return;
      setOptions(tree);
      setSelected(chain.map((r) => r.code));
    })();
    return () => {
      cancelled = true;
    };
  }, [value]);

  const loadData = async (chosen: Option[]) => {
    const target = chosen.at(-1);
    if (!target) return;
    const children = (await fetchRegions(target.value)).map(toOption);
    setOptions((prev) => attach(prev, target.value, children));
  };

  return (
    <Cascader
      id={id}
      aria-label={rest['aria-label']}
      options={options}
      loadData={(chosen) => void loadData(chosen as Option[])}
      value={selected}
      onChange={(codes) => {
        const path = (codes ?? []).map(String);
        setSelected(path);
        onChange?.(path.at(-1) ?? null);
      }}
      changeOnSelect
      allowClear
      placeholder={t('form.regionPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}

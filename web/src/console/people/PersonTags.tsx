// Small shared displays of a person: enum option lists for selects, the party-status tag, the flag
// tags and the birth column. Labels come from the contracts' tables, so screens and Excel agree.
import { CadreRankLabels, FivePersonRoleLabels, GenderLabels, PartyStatusLabels } from '@hongyun/contracts';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import type { Person } from './api.ts';
import './strings.ts';

type LabelTable<K extends string> = Record<K, { zh: string; en: string }>;

/** Select options of a label table, in the table's order (which is the sensible one for each enum). */
export function optionsOf<K extends string>(table: LabelTable<K>): { value: K; label: string }[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: pick(table[value]) }));
}

export const genderOptions = () => optionsOf(GenderLabels);
export const partyStatusOptions = () => optionsOf(PartyStatusLabels);
export const cadreRankOptions = () => optionsOf(CadreRankLabels);
export const fivePersonRoleOptions = () => optionsOf(FivePersonRoleLabels);

/** Keeps a value from the address bar only when the table knows it (a stale bookmark must not 400). */
export function knownKey<K extends string>(table: LabelTable<K>, value: string | null): K | undefined {
  return value !== null && Object.hasOwn(table, value) ? (value as K) : undefined;
}

export function PartyStatusTag({ status }: { status: Person['partyStatus'] }) {
  if (!status) return null;
  return <Tag color={status === 'full' ? 'red' : 'orange'}>{pick(PartyStatusLabels[status])}</Tag>;
}

export function PersonFlagTags({ person }: { person: Person }) {
  const { t } = useTranslation('people');
  const tags = [
    person.isFirstSecretary && (
      <Tag key="fs" color="volcano">
        {t('field.isFirstSecretary')}
      </Tag>
    ),
    person.isVillageStationed && (
      <Tag key="vs" color="blue">
        {t('field.isVillageStationed')}
      </Tag>
    ),
    // The five-person role 第一书记 says the same as the flag: one tag is enough.
    person.fivePersonRole && !(person.fivePersonRole === 'first_secretary' && person.isFirstSecretary) && (
      <Tag key="fp" color="purple">
        {pick(FivePersonRoleLabels[person.fivePersonRole])}
      </Tag>
    ),
  ].filter(Boolean);
  if (!tags.length) return null;
  return (
    <Flex gap={4} wrap>
      {tags}
    </Flex>
  );
}

/** The birth date when the viewer may see it, else the birth year the server sends everyone. */
export function BirthText({ person }: { person: Person }) {
  const { t } = useTranslation('people');
  if (person.birthDate) return <>{person.birthDate}</>;
  if (person.birthYear) return <>{t('yearOnly', { year: person.birthYear })}</>;
  return null;
}

export const genderText = (g: Person['gender']) => pick(GenderLabels[g]);
export const cadreRankText = (r: Person['cadreRank']) => (r ? pick(CadreRankLabels[r]) : '');
export const fivePersonRoleText = (r: Person['fivePersonRole']) => (r ? pick(FivePersonRoleLabels[r]) : '');

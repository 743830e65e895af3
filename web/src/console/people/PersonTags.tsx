// Small shared displays of a person: enum option lists for selects, the party-status tag, the flag
// tags and the birth column. Labels come from the contracts' tables, so screens and Excel agree.
import { CadreRankLabels, FivePersonRoleLabels, GenderLabels, PartyStatusLabels } from '@hongyun/contracts';
import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { EMPTY_CELL } from '../../shared/empty.ts';
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

/** The flags as coloured tags, in a fixed order. */
function flagTags(person: Person, t: (key: string) => string): { key: string; color: string; text: string }[] {
  const tags: { key: string; color: string; text: string }[] = [];
  if (person.isFirstSecretary) tags.push({ key: 'fs', color: 'volcano', text: t('field.isFirstSecretary') });
  if (person.isVillageStationed) tags.push({ key: 'vs', color: 'blue', text: t('field.isVillageStationed') });
  // The five-person role 第一书记 says the same as the flag: one tag is enough.
  if (person.fivePersonRole && !(person.fivePersonRole === 'first_secretary' && person.isFirstSecretary)) {
    tags.push({ key: 'fp', color: 'purple', text: pick(FivePersonRoleLabels[person.fivePersonRole]) });
  }
  return tags;
}

// On one line, tags are shown while they fit about eight characters (two four-character tags in
// the list's 150 px column); the rest become "+N", whose tooltip names them.
const ONE_LINE_CHARS = 8;

/** A person's flags as tags; `oneLine` keeps a table row one line tall. A person without flags shows a dash. */
export function PersonFlagTags({ person, oneLine = false }: { person: Person; oneLine?: boolean }) {
  const { t } = useTranslation('people');
  const tags = flagTags(person, t);
  if (!tags.length) return oneLine ? EMPTY_CELL : null;
  let shown = tags.length;
  if (oneLine) {
    let chars = 0;
    shown = 0;
    for (const tag of tags) {
      if (shown > 0 && chars + [...tag.text].length > ONE_LINE_CHARS) break;
      chars += [...tag.text].length;
      shown += 1;
    }
  }
  const hidden = tags.slice(shown);
  return (
    <Flex gap={4} wrap={!oneLine}>
      {tags.slice(0, shown).map((tag) => (
        <Tag key={tag.key} color={tag.color} style={{ marginInlineEnd: 0 }}>
          {tag.text}
        </Tag>
      ))}
      {hidden.length > 0 && (
        <Tooltip title={hidden.map((tag) => tag.text).join('、')}>
          <Tag style={{ marginInlineEnd: 0 }} aria-label={hidden.map((tag) => tag.text).join('、')}>
            +{hidden.length}
          </Tag>
        </Tooltip>
      )}
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

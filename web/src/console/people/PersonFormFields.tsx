// The fields of a person record, shared by the register and edit dialogs. Checks at the edge use the
// contracts' own ID-number and phone rules, so the form refuses exactly what the server would; the
// server's remaining answers (cross-field, duplicates) land on the fields through showFieldErrors.
import { checkIdNumber, FieldMessages, Limits, PeopleLimits, parseMobilePhone } from '@hongyun/contracts';
import { Col, DatePicker, Form, type FormInstance, Input, Row, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { pick } from '../../i18n/index.ts';
import { errorText, showFieldErrors } from '../../shared/errors.ts';
import type { Person, UpdatePersonBody } from './api.ts';
import { cadreRankOptions, fivePersonRoleOptions, genderOptions, partyStatusOptions } from './PersonTags.tsx';

/** The form's values: dates as dayjs for the pickers, everything else as the API has it. */
export type PersonFormValues = {
  name: string;
  idNumber: string;
  gender?: Person['gender'] | null;
  ethnicity?: string | null;
  birthDate?: Dayjs | null;
  phone?: string | null;
  education?: string | null;
  joinDate?: Dayjs | null;
  fullMemberDate?: Dayjs | null;
  partyStatus?: Person['partyStatus'];
  position?: string | null;
  workUnit?: string | null;
  nativePlace?: string | null;
  address?: string | null;
  cadreRank?: Person['cadreRank'];
  isFirstSecretary?: boolean;
  isVillageStationed?: boolean;
  fivePersonRole?: Person['fivePersonRole'];
};

const DATE = 'YYYY-MM-DD';
const DATE_FIELDS = ['birthDate', 'joinDate', 'fullMemberDate'] as const;
const TEXT_FIELDS = ['ethnicity', 'phone', 'education', 'position', 'workUnit', 'nativePlace', 'address'] as const;

export const blankPersonValues: PersonFormValues = {
  name: '',
  idNumber: '',
  gender: null,
  ethnicity: null,
  birthDate: null,
  phone: null,
  education: null,
  joinDate: null,
  fullMemberDate: null,
  partyStatus: null,
  position: null,
  workUnit: null,
  nativePlace: null,
  address: null,
  cadreRank: null,
  isFirstSecretary: false,
  isVillageStationed: false,
  fivePersonRole: null,
};

export function personFormValues(p: Person): PersonFormValues {
  const day = (v: string | null) => (v ? dayjs(v) : null);
  return {
    name: p.name,
    idNumber: p.idNumber ?? '',
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: day(p.birthDate),
    phone: p.phone,
    education: p.education,
    joinDate: day(p.joinDate),
    fullMemberDate: day(p.fullMemberDate),
    partyStatus: p.partyStatus,
    position: p.position,
    workUnit: p.workUnit,
    nativePlace: p.nativePlace,
    address: p.address,
    cadreRank: p.cadreRank,
    isFirstSecretary: p.isFirstSecretary,
    isVillageStationed: p.isVillageStationed,
    fivePersonRole: p.fivePersonRole,
  };
}

/** The values as the API takes them: dates as YYYY-MM-DD, empty text as null. */
export function personBody(v: PersonFormValues): Required<UpdatePersonBody> {
  const out = { ...v } as Record<string, unknown>;
  for (const k of DATE_FIELDS) out[k] = v[k] ? v[k].format(DATE) : null;
  for (const k of TEXT_FIELDS) out[k] = v[k]?.trim() || null;
  out.name = v.name.trim();
  out.idNumber = v.idNumber.trim();
  out.gender = v.gender ?? null;
  out.partyStatus = v.partyStatus ?? null;
  out.cadreRank = v.cadreRank ?? null;
  out.fivePersonRole = v.fivePersonRole ?? null;
  out.isFirstSecretary = !!v.isFirstSecretary;
  out.isVillageStationed = !!v.isVillageStationed;
  return out as Required<UpdatePersonBody>;
}

/**
 * Puts a refused save where the user looks: field problems on their fields, a duplicate ID number on
 * the ID field; anything else is returned as text for a toast.
 */
export function personSaveProblem(form: FormInstance, e: unknown): string | null {
  if (showFieldErrors(form, e)) return null;
  // Registered here, or elsewhere (the server then says only "outside your organisations").
  if (e instanceof ApiError && (e.code === 'DUPLICATE_ID_NUMBER' || e.code === 'DUPLICATE_ID_NUMBER_OUTSIDE')) {
    form.setFields([{ name: 'idNumber', errors: [e.message] }]);
    return null;
  }
  return errorText(e);
}

const fieldMessage = (key: string) => pick(FieldMessages[key]) || key;
const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function PersonFormFields({ isNew }: { isNew: boolean }) {
  const { t } = useTranslation('people');
  const required = (field: string): Rule => ({ required: true, message: t('required', { field: t(field) }) });
  const idRule: Rule = {
    validator: async (_, value: string | undefined) => {
      if (!value) return;
      const problem = checkIdNumber(value)[0];
      if (problem) throw new Error(fieldMessage(`id_number.${problem}`));
    },
  };
  const phoneRule: Rule = {
    validator: async (_, value: string | null | undefined) => {
      if (value?.trim() && !parseMobilePhone(value)) throw new Error(fieldMessage('phone.invalid'));
    },
  };
  const date = (name: (typeof DATE_FIELDS)[number]) => (
    <Form.Item name={name} label={t(`field.${name}`)}>
      <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
    </Form.Item>
  );
  // Three to a row in the wide dialog keeps all fields on one screen at 1280×800.
  const half = { xs: 24, sm: 12, lg: 8 };

  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item name="name" label={t('field.name')} rules={[required('field.name'), { max: Limits.nameMax }]}>
          <Input autoComplete="off" maxLength={Limits.nameMax} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="idNumber"
          label={t('field.idNumber')}
          rules={[required('field.idNumber'), idRule]}
          extra={isNew ? t('hint.idNumber') : undefined}
          validateDebounce={300}
        >
          <Input autoComplete="off" maxLength={PeopleLimits.idNumberInputMax} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="gender" label={t('field.gender')}>
          <Select options={genderOptions()} allowClear={isNew} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="ethnicity"
          label={t('field.ethnicity')}
          rules={
            isNew
              ? [{ max: PeopleLimits.ethnicityMax }]
              : [required('field.ethnicity'), { max: PeopleLimits.ethnicityMax }]
          }
        >
          <Input placeholder={isNew ? t('hint.ethnicity') : undefined} maxLength={PeopleLimits.ethnicityMax} />
        </Form.Item>
      </Col>
      <Col {...half}>{date('birthDate')}</Col>
      <Col {...half}>
        <Form.Item name="phone" label={t('field.phone')} rules={[phoneRule]} validateDebounce={300}>
          <Input inputMode="tel" autoComplete="off" maxLength={PeopleLimits.phoneInputMax} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="education" label={t('field.education')} rules={[{ max: PeopleLimits.educationMax }]}>
          <Input maxLength={PeopleLimits.educationMax} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="partyStatus" label={t('field.partyStatus')}>
          <Select options={partyStatusOptions()} allowClear />
        </Form.Item>
      </Col>
      <Col {...half}>{date('joinDate')}</Col>
      <Col {...half}>{date('fullMemberDate')}</Col>
      <Col {...half}>
        <Form.Item name="position" label={t('field.position')} rules={[{ max: PeopleLimits.positionMax }]}>
          <Input maxLength={PeopleLimits.positionMax} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="workUnit" label={t('field.workUnit')} rules={[{ max: PeopleLimits.workUnitMax }]}>
          <Input maxLength={PeopleLimits.workUnitMax} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="nativePlace" label={t('field.nativePlace')} rules={[{ max: PeopleLimits.nativePlaceMax }]}>
          <Input maxLength={PeopleLimits.nativePlaceMax} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={16}>
        <Form.Item
          name="address"
          label={t('field.address')}
          extra={t('field.addressHint')}
          rules={[{ max: PeopleLimits.addressMax }]}
        >
          <Input maxLength={PeopleLimits.addressMax} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="cadreRank" label={t('field.cadreRank')}>
          <Select options={cadreRankOptions()} allowClear />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="fivePersonRole" label={t('field.fivePersonRole')}>
          <Select options={fivePersonRoleOptions()} allowClear />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Form.Item name="isFirstSecretary" label={t('field.isFirstSecretary')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6} lg={4}>
        <Form.Item name="isVillageStationed" label={t('field.isVillageStationed')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}

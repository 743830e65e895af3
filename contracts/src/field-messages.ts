// Messages for the field-level problem keys that our own validation raises (zod refinements use
// these keys as their message). The API answers with the key as `code` and the text in the caller's
// language; the web shows the same words next to the field.
export const FieldMessages: Record<string, { zh: string; en: string }> = {
  'id_number.length': { zh: '身份证号应为18位', en: 'An ID number has 18 characters' },
  'id_number.format': { zh: '身份证号格式不正确', en: 'The ID number has invalid characters' },
  'id_number.region': { zh: '身份证号的地区码不正确', en: 'The ID number has an invalid region code' },
  'id_number.birth_date': { zh: '身份证号中的出生日期不正确', en: 'The birth date in the ID number is invalid' },
  'id_number.checksum': { zh: '身份证号校验位不正确', en: 'The ID number check digit is wrong' },
  'id_number.invalid': { zh: '身份证号不正确', en: 'Invalid ID number' },
  'phone.invalid': { zh: '手机号格式不正确', en: 'Invalid mobile phone number' },
  'date.implausible': { zh: '日期不合理', en: 'The date is not plausible' },
  'date.before_join_date': { zh: '转正日期不能早于入党日期', en: 'Full membership cannot precede joining' },
  'date.before_membership_start': {
    zh: '生效日期不能早于当前组织关系的开始日期',
    en: 'The date cannot precede the start of the current membership',
  },
  'birth_date.differs_from_id_number': {
    zh: '出生日期与身份证号不一致',
    en: 'The birth date differs from the ID number',
  },
  'gender.differs_from_id_number': { zh: '性别与身份证号不一致', en: 'The gender differs from the ID number' },
  'date.must_be_future': { zh: '须晚于当前时间', en: 'Must be in the future' },
  'delegation.filter_required': {
    zh: '请指定被代办人或代办人',
    en: 'Give principalPersonId or delegateAccountId',
  },
  'person.not_in_org': { zh: '该人员不在本组织内', en: 'The person is not in this organisation' },
};

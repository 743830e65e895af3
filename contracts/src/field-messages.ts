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
  'text.garbled': {
    zh: '含有无法识别的乱码字符，请检查文件编码后重新填写',
    en: 'Contains garbled characters: check the file and type it again',
  },
  'quiz.closes_before_opens': { zh: '结束时间应晚于开始时间', en: 'The quiz must close after it opens' },
  'quiz.tags_with_fixed_list': {
    zh: '指定题目时不能再按标签抽题',
    en: 'Tags choose questions to draw: not with a fixed list of questions',
  },
  'quiz.not_in_bank': {
    zh: '题目不存在，或不在本组织可用的题库中',
    en: 'No such question in the bank this organisation may use',
  },
  'supervision.remind_before_report': {
    zh: '提醒本人的天数应少于上报的天数',
    en: 'The person must be reminded after fewer days than the report',
  },
  'supervision.false_alarm_reason': {
    zh: '标记为误报时请写明原因（如请假、病休的日期）',
    en: 'Say why it is a false alarm (for example the days of leave or sickness)',
  },
  'supervision.forecast_week_monday': {
    zh: '预测周应以星期一开始',
    en: 'A forecast week starts on a Monday',
  },
  'text.nul': { zh: '不能包含空字符（NUL）', en: 'Must not contain a NUL character' },
  'phone.invalid': { zh: '手机号格式不正确', en: 'Invalid mobile phone number' },
  'date.implausible': { zh: '日期不合理', en: 'The date is not plausible' },
  'date.before_join_date': { zh: '转正日期不能早于入党日期', en: 'Full membership cannot precede joining' },
  'date.non_member': {
    zh: '人员类别为群众（非党员），不应填写入党或转正日期',
    en: 'The person is not a party member: leave the join and full-membership dates empty',
  },
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
  'learning.rule_twice': { zh: '同一积分项只能设置一次', en: 'Each point rule can be set once' },
  'person.not_in_org': { zh: '该人员不在本组织内', en: 'The person is not in this organisation' },
  'content.audience_outside_owner': {
    zh: '受众组织须在发布组织的下级范围内',
    en: 'Audience organisations must lie within the owning organisation',
  },
  // ---- Question bank: a question's shape for its type ----
  'question.options_repeated': { zh: '选项字母重复', en: 'An option letter is used twice' },
  'question.options_too_few': {
    zh: '选项不够：单选题至少 2 个，多选题至少 3 个',
    en: 'Too few options: at least 2 for single choice, 3 for multiple choice',
  },
  'question.options_none': { zh: '判断题和填空题不设选项', en: 'True-or-false and fill-in questions take no options' },
  'question.answer_one_option': {
    zh: '单选题的答案须是一个已有选项',
    en: 'A single-choice answer is one of its options',
  },
  'question.answer_two_options': {
    zh: '多选题的答案须是至少两个不同的已有选项',
    en: 'A multiple-choice answer is two or more different options',
  },
  'question.answer_true_false': { zh: '判断题的答案须是“对”或“错”', en: 'A true-or-false answer is true or false' },
  'question.stem_no_blank': {
    zh: '填空题的题干须用（  ）或 ____ 标出空位',
    en: 'Mark the blanks of a fill-in stem with （  ） or ____',
  },
  'question.answer_per_blank': {
    zh: '填空题每个空须有一组答案，答案组数须与空位数相同',
    en: 'A fill-in question needs one answer list per blank',
  },
  'question.answer_empty_form': { zh: '答案中有空的备选项', en: 'An accepted answer is empty' },
  // ---- Excel import of questions: problems of a row of the question template ----
  'question_import.type_unknown': {
    zh: '题型应为 单选、多选、判断 或 填空',
    en: 'The type must be single, multiple, true-false or fill-in',
  },
  'question_import.difficulty_unknown': {
    zh: '难度应为 易、中、难（或 1、2、3）',
    en: 'The difficulty must be easy, medium or hard (or 1, 2, 3)',
  },
  'question_import.answer_letters': {
    zh: '选择题的答案请填写选项字母，如 A 或 ABD',
    en: 'A choice answer is option letters, e.g. A or ABD',
  },
  'question_import.answer_not_option': {
    zh: '答案中的字母没有对应的选项内容',
    en: 'The answer names an option letter that has no text',
  },
  'question_import.judge_answer': {
    zh: '判断题的答案请填写“正确”或“错误”',
    en: 'A true-or-false answer is 正确 (true) or 错误 (false)',
  },
  'question_import.options_gap': {
    zh: '选项须从选项A起依次填写，前面有空着的选项',
    en: 'Fill the options in order from option A: an option before this one is empty',
  },
  'question_import.too_many_tags': { zh: '标签最多 10 个', en: 'At most 10 tags' },
  'question_import.duplicate_in_file': {
    zh: '题干与本文件中前面的一行重复',
    en: 'The stem repeats an earlier row of this file',
  },
  'question_import.duplicate_in_bank': {
    zh: '该组织的题库中已有相同题干的题目',
    en: "This organisation's bank already has a question with this stem",
  },
  // ---- Excel import (issue 3): cell and row problems ----
  'id_number.rounded': {
    zh: '身份证号被 Excel 当作数字保存，后三位已丢失，请将该列设为文本后重新填写',
    en: 'Excel stored the ID number as a number and lost its last digits; format the column as text and type it again',
  },
  'date.incomplete': {
    zh: '日期不完整，请填写年、月、日（如 2020-01-05）',
    en: 'The date is incomplete; give year, month and day (e.g. 2020-01-05)',
  },
  'date.unreadable': {
    zh: '无法识别的日期，请按 2020-01-05 的格式填写',
    en: 'Unreadable date; use the form 2020-01-05',
  },
  'value.required': { zh: '必填项不能为空', en: 'This field is required' },
  'value.unknown': { zh: '不是可选的值之一', en: 'Not one of the accepted values' },
  'value.too_long': { zh: '内容过长', en: 'The value is too long' },
  'cell.error': {
    zh: '单元格内容无法读取（错误值或未计算的公式）',
    en: 'The cell cannot be read (an error value or an uncalculated formula)',
  },
  'header.not_found': {
    zh: '前 10 行中找不到表头（如"姓名""身份证号"），请使用导入模板',
    en: 'No header row (e.g. "姓名", "身份证号") in the first 10 rows; please use the import template',
  },
  'header.missing_column': { zh: '缺少必填列', en: 'A required column is missing' },
  // ---- Excel import: problems the import pipeline finds across rows and in the database ----
  'id_number.duplicate_in_file': {
    zh: '身份证号在本文件中重复出现',
    en: 'The ID number appears more than once in this file',
  },
  'id_number.exists': { zh: '该身份证号的人员已存在', en: 'A person with this ID number already exists' },
  'id_number.exists_outside': {
    zh: '该身份证号已在您管辖范围以外的组织登记，请联系上级党组织核实',
    en: 'This ID number is already registered outside your organisations; ask the office above',
  },
  // out_of_scope deliberately reads like unknown: an importer must not learn which organisations exist
  // outside their own subtree.
  'org.unknown': { zh: '找不到该党组织', en: 'No such party organisation' },
  'org.ambiguous': {
    zh: '有多个同名党组织，请填写组织编号',
    en: 'Several party organisations have this name; give the organisation number',
  },
  'org.dissolved': { zh: '该党组织已撤销', en: 'This party organisation has been dissolved' },
  'org.out_of_scope': { zh: '找不到该党组织', en: 'No such party organisation' },
  'file.not_xlsx': {
    zh: '文件不是 Excel（.xlsx）格式，请另存为 .xlsx 后重新上传',
    en: 'The file is not an Excel (.xlsx) workbook; save it as .xlsx and upload again',
  },
  'file.too_large': { zh: '文件过大', en: 'The file is too large' },
  'file.empty': { zh: '文件中没有数据行', en: 'The file has no data rows' },
  // ---- Excel import of organisations (issue 3) ----
  'org.parent_unknown': {
    zh: '找不到上级组织（须为所选组织或其下级，或本表中前面的行）',
    en: 'No such parent organisation (it must be the chosen organisation, one below it, or an earlier row)',
  },
  'org.parent_ambiguous': {
    zh: '有多个同名的上级组织，请填写上级组织编号或"上级/下级"路径',
    en: 'Several organisations have this name; give the parent number or a path "upper/lower"',
  },
  'org.parent_is_group': { zh: '党小组下不能再设下级组织', en: 'A party group cannot have organisations below it' },
  'org.duplicate_name': {
    zh: '同一上级组织下已有同名组织',
    en: 'The parent already has an organisation with this name',
  },
  'org.duplicate_name_in_file': {
    zh: '本表中同一上级组织下的组织名称重复',
    en: 'This name appears more than once under the same parent in this file',
  },
  'org.type_unknown': {
    zh: '组织类别应为 党委、党工委、党总支、党支部 或 党小组',
    en: 'The type must be committee, general branch, branch or group',
  },
  'region.unknown': {
    zh: '找不到该行政区划，请填写 12 位区划代码',
    en: 'No such administrative division; give its 12-digit code',
  },
  'region.ambiguous': {
    zh: '有多个同名行政区划，请填写 12 位区划代码',
    en: 'Several divisions have this name; give the 12-digit code',
  },
  'contact_phone.invalid': {
    zh: '联系电话应为手机号或带区号的座机号（如 0851-12345678）',
    en: 'Give a mobile number or a landline with its area code (e.g. 0851-12345678)',
  },
  'value.not_a_number': { zh: '应填写数字', en: 'A number is expected' },
  'value.out_of_range': { zh: '数值超出允许范围', en: 'The number is out of range' },
  'coordinates.incomplete': { zh: '经度和纬度须同时填写', en: 'Give both longitude and latitude' },
  'coordinates.swapped': {
    zh: '经度和纬度似乎填反了（贵州经度约 104–110，纬度约 25–29）',
    en: 'Longitude and latitude seem swapped (in Guizhou longitude is about 104–110, latitude 25–29)',
  },
};

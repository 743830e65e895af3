// The closed set of error codes the API returns, with HTTP status and messages in each UI language.
// Server and web share this table so a screen can show the same words the API sends.
export const ErrorCatalog = {
  VALIDATION_FAILED: { status: 400, zh: '输入有误，请检查标出的字段', en: 'Some fields are invalid' },
  BAD_REQUEST: { status: 400, zh: '请求无法处理', en: 'The request could not be processed' },
  URI_TOO_LONG: { status: 414, zh: '请求地址过长', en: 'The request address is too long' },
  HEADERS_TOO_LARGE: {
    status: 431,
    zh: '请求头或查询条件过长',
    en: 'The request headers or query string are too large',
  },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已超时，请重新登录', en: 'Your session has expired, please sign in again' },
  INVALID_CREDENTIALS: { status: 401, zh: '手机号或密码错误', en: 'Wrong phone number or password' },
  ACCOUNT_LOCKED: {
    status: 429,
    zh: '登录失败次数过多，已暂停从此处登录，请稍后再试；在您以前登录成功过的设备上仍可登录',
    en: 'Too many failed sign-ins: signing in from here is paused for a while. A device you signed in on before still can',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '请先修改初始密码',
    en: 'You must change your initial password first',
  },
  PASSWORD_EXPIRED: { status: 403, zh: '密码已过期，请修改密码', en: 'Your password has expired, please change it' },
  PASSWORD_TOO_WEAK: { status: 400, zh: '密码不符合安全要求', en: 'The password does not meet the policy' },
  PASSWORD_WRONG: { status: 400, zh: '当前密码错误', en: 'The current password is wrong' },
  PASSWORD_REUSED: {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  MFA_REQUIRED: { status: 401, zh: '请输入动态验证码', en: 'Enter your one-time code' },
  MFA_SETUP_REQUIRED: {
    status: 403,
    zh: '管理员账号须先启用双因素认证',
    en: 'Administrators must enable two-factor authentication first',
  },
  MFA_INVALID: { status: 401, zh: '动态验证码错误', en: 'The one-time code is wrong' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '记录不存在或无权查看', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  CONFLICT: { status: 409, zh: '数据已被修改或存在冲突', en: 'The data conflicts with an existing record' },
  ROLE_COMBINATION_FORBIDDEN: {
    status: 409,
    zh: '审计管理员不能与安全管理员或系统管理员由同一账号兼任',
    en: 'The audit administrator role cannot be combined with the security or system administrator role',
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    zh: '拒绝来自其他网站的操作请求',
    en: 'A change requested from another site is refused',
  },
  WRITE_NEEDS_JSON: {
    status: 415,
    zh: '操作请求须以 JSON 格式发送（或带 X-Requested-With 头）',
    en: 'Write requests must be sent as JSON (or carry an X-Requested-With header)',
  },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests, please slow down' },
  ACTING_FOR_LIMITED: {
    status: 403,
    zh: '代办身份下不能执行此操作，请先退出代办',
    en: 'Not available while acting for someone; stop acting for them first',
  },
  MODULE_DISABLED: {
    status: 403,
    zh: '本组织未开通该功能模块',
    en: 'This module is switched off for your organisation',
  },
  DEMO_DISABLED: { status: 403, zh: '生产环境不允许使用演示账号', en: 'Demo accounts are refused in production' },
  // Only for the operator's CLI: wherever a scope applies, a missing record answers NOT_FOUND like
  // one outside the caller's subtrees (no PERSON_/ACCOUNT_NOT_FOUND, so ids cannot be probed).
  ORG_NOT_FOUND: { status: 404, zh: '组织不存在', en: 'Organisation not found' },
  ORG_DISSOLVED: { status: 409, zh: '该组织已撤销', en: 'This organisation has been dissolved' },
  ORG_MOVE_INTO_SELF: {
    status: 400,
    zh: '不能把组织移动到其自身或下级组织之下',
    en: 'An organisation cannot move under itself or its descendants',
  },
  ORG_HAS_MEMBERS: {
    status: 409,
    zh: '该组织或其下级仍有党员，请先转出',
    en: 'The organisation or its descendants still have members; transfer them first',
  },
  ORG_HAS_CHILDREN: {
    status: 409,
    zh: '该组织仍有下级组织，请先处理下级组织',
    en: 'The organisation still has child organisations',
  },
  ORG_PARENT_IS_GROUP: {
    status: 409,
    zh: '党小组下不能设立下级组织',
    en: 'A party group cannot have organisations below it',
  },
  REGION_NOT_FOUND: { status: 400, zh: '行政区划不存在', en: 'Unknown administrative division' },
  DUPLICATE_ID_NUMBER: { status: 409, zh: '身份证号已存在', en: 'This ID number is already registered' },
  DUPLICATE_ID_NUMBER_OUTSIDE: {
    status: 409,
    zh: '该身份证号已在您管辖范围以外的组织登记，请联系上级党组织核实',
    en: 'This ID number is already registered outside your organisations; ask the office above',
  },
  ID_NUMBER_ANSWERS_EXHAUSTED: {
    status: 429,
    zh: '今日已多次查到管辖范围以外登记的身份证号，今天暂停登记和导入核验，请联系上级党组织',
    en: 'Too many ID numbers registered outside your organisations today; registering and checking imports is paused until tomorrow. Ask the office above',
  },
  DUPLICATE_PHONE: { status: 409, zh: '手机号已被其他账号使用', en: 'This phone number is already in use' },
  DUPLICATE_QUESTION: {
    status: 409,
    zh: '本组织题库已有题干相同的题目',
    en: "This organisation's bank already holds a question with the same stem",
  },
  TRANSFER_SAME_ORG: { status: 400, zh: '转入组织与当前组织相同', en: 'The target organisation is the current one' },
  NO_ACTIVE_MEMBERSHIP: { status: 409, zh: '该人员当前没有组织关系', en: 'This person has no current membership' },
  GRANT_NOT_FOUND: { status: 404, zh: '授权不存在', en: 'Grant not found' },
  DELEGATION_NOT_FOUND: { status: 404, zh: '代办授权不存在或已失效', en: 'Delegation not found or no longer valid' },
  TOTP_NOT_SET_UP: { status: 409, zh: '请先设置动态验证码', en: 'Set up the authenticator first' },
  TOTP_ALREADY_ENABLED: { status: 409, zh: '动态验证码已启用', en: 'Two-factor authentication is already on' },
  ACCOUNT_EXISTS_FOR_PERSON: { status: 409, zh: '该人员已有账号', en: 'This person already has an account' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '同一请求编号已用于不同内容',
    en: 'This Idempotency-Key was used with a different request',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    zh: '相同请求正在处理中',
    en: 'The same request is still being processed',
  },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '无法识别的文件类型：请上传 Excel（.xlsx、.xls）、WPS（.et）、LibreOffice（.ods）表格或 .csv 文件',
    en: 'Unrecognised file type: upload an Excel (.xlsx, .xls), WPS (.et) or LibreOffice (.ods) spreadsheet, or a .csv file',
  },
  FILE_IS_DOCUMENT: {
    status: 415,
    zh: '这是 Word 或 PDF 文档，不是表格：请上传 Excel、WPS 或 LibreOffice 表格（.xlsx、.xls、.et、.ods）或 .csv 文件',
    en: 'This is a Word or PDF document, not a spreadsheet: upload an .xlsx, .xls, .et, .ods or .csv file',
  },
  FILE_IS_XLSB: {
    status: 415,
    zh: '这是 Excel 二进制工作簿（.xlsb），无法读取：请在 Excel 中“另存为” .xlsx 后上传',
    en: 'This is an Excel binary workbook (.xlsb), which cannot be read: save it as .xlsx in Excel and upload that',
  },
  FILE_IS_NUMBERS: {
    status: 415,
    zh: '这是 Apple Numbers 表格，无法读取：请在 Numbers 中“导出为” Excel（.xlsx）后上传',
    en: 'This is an Apple Numbers spreadsheet, which cannot be read: export it to Excel (.xlsx) and upload that',
  },
  FILE_ENCRYPTED: {
    status: 415,
    zh: '表格设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码、保存后再上传',
    en: 'The spreadsheet is password-protected: remove the password in Excel or WPS, save, and upload again',
  },
  SPREADSHEET_CELL_TOO_LONG: {
    status: 422,
    zh: '表格中有单元格超过 32767 个字符（Excel 的上限），文件可能已损坏：请检查后重新保存',
    en: 'A cell holds more than 32,767 characters (the Excel limit); the file may be damaged: check it and save it again',
  },
  SPREADSHEET_TOO_MANY_ROWS: {
    status: 422,
    zh: '表格超过 300000 行：请拆分成几个文件分别导入',
    en: 'The sheet has more than 300,000 rows: split it into several files',
  },
  SPREADSHEET_ROW_GAP: {
    status: 422,
    zh: '表格中间有 1000 行以上的空行（行号见详情）：请删除多余的空行后重新保存',
    en: 'The sheet has a gap of more than 1,000 empty rows (row numbers in the details): delete them and save again',
  },
  SPREADSHEET_TOO_WIDE: {
    status: 422,
    zh: '表格超过 1000 列：请只保留花名册的列后重新保存',
    en: "The sheet has more than 1,000 columns: keep only the register's columns and save again",
  },
  SPREADSHEET_UNREADABLE: {
    status: 422,
    zh: '读取这个表格耗尽了内存或时间，文件可能已损坏或过于复杂，已停止且不再重试：请用 Excel 或 WPS 打开后另存为新的 .xlsx 再上传',
    en: 'Reading this spreadsheet ran out of memory or time; it may be damaged or too complex. It will not be retried: open it in Excel or WPS, save it as a new .xlsx and upload that',
  },
  SPREADSHEET_DAMAGED: {
    status: 422,
    zh: '表格文件已损坏，无法读取：请用 Excel 或 WPS 打开后另存为新的 .xlsx 再上传',
    en: 'The spreadsheet is damaged and cannot be read: open it in Excel or WPS, save it as a new .xlsx and upload that',
  },
  FILE_QUOTA_EXCEEDED: {
    status: 429,
    zh: '您上传的文件过多，请等待之前的文件过期或完成导入后再试',
    en: 'Too many uploaded files: wait until earlier ones are imported or expire',
  },
  UPLOAD_MALFORMED: {
    status: 400,
    zh: '上传的数据不完整或格式有误，请重新上传',
    en: 'The upload is incomplete or malformed; upload it again',
  },
  FILE_REQUIRED: { status: 400, zh: '请选择要上传的文件', en: 'Choose a file to upload' },
  VIDEO_FORMAT_UNSUPPORTED: {
    status: 415,
    zh: '不是可识别的视频文件：请上传 MP4、MOV、WebM、AVI、MKV、FLV 或 MPEG 视频',
    en: 'Not a video file we recognise: upload MP4, MOV, WebM, AVI, MKV, FLV or MPEG video',
  },
  VIDEO_UNREADABLE: {
    status: 422,
    zh: '视频文件已损坏或无法解码，请检查原文件后重新上传',
    en: 'The video is damaged or cannot be decoded: check the original and upload it again',
  },
  VIDEO_TRANSCODER_MISSING: {
    status: 503,
    zh: '服务器未安装视频转码程序 ffmpeg，无法处理视频：请联系系统管理员安装',
    en: 'The server has no video transcoder (ffmpeg) installed: ask the system administrator to install it',
  },
  VIDEO_NOT_READY: { status: 409, zh: '视频尚未转码完成，暂不能播放', en: 'The video is still being transcoded' },
  RANGE_NOT_SATISFIABLE: { status: 416, zh: '请求的字节范围无效', en: 'The requested byte range is not satisfiable' },
  IMPORT_EMPTY: { status: 422, zh: '文件中没有数据行', en: 'The file has no data rows' },
  IMPORT_ONLY_EXAMPLES: {
    status: 422,
    zh: '文件中只有模板的示例行（题干以【示例】开头），示例行不会导入：请填写自己的题目后再上传',
    en: 'The file holds only the template’s example rows (stems starting with 【示例】), which are never imported: add your own questions and upload it again',
  },
  JOB_NOT_FINISHED: { status: 409, zh: '任务尚未完成', en: 'The job has not finished yet' },
  JOB_INTERRUPTED: {
    status: 503,
    zh: '任务因服务重启多次中断，已停止重试：请重新发起',
    en: 'The job was interrupted by server restarts too often and is no longer retried: start it again',
  },
  IMPORT_NOT_VALID: {
    status: 422,
    zh: '导入文件有错误，未写入任何数据，请下载结果查看每行原因',
    en: 'The file has errors and nothing was written; download the report for each row',
  },
  IMPORT_HEADER_NOT_FOUND: {
    status: 422,
    zh: '未找到表头或缺少必填列，请使用导入模板（列名须在前 10 行内）',
    en: 'No header row, or required columns missing: use the import template (column names within the first 10 rows)',
  },
  CONTENT_SELF_APPROVAL: {
    status: 409,
    zh: '不能审核自己提交的内容，请由另一位审核人审核',
    en: 'You cannot approve content you wrote: another reviewer must approve it',
  },
  CONTENT_IMAGE_UNSUPPORTED: {
    status: 415,
    zh: '不是可识别的图片：请上传 JPEG、PNG、WebP 或 GIF 图片',
    en: 'Not an image we recognise: upload a JPEG, PNG, WebP or GIF picture',
  },
  CONTENT_IMAGE_UNREADABLE: {
    status: 422,
    zh: '图片已损坏或尺寸过大，无法处理：请换一张图片',
    en: 'The picture is damaged or too large to process: choose another one',
  },
  CONTENT_DOCUMENT_NOT_PDF: {
    status: 415,
    zh: '不是 PDF 文档：请上传 PDF 文件（Word 文档请先“另存为” PDF）',
    en: 'Not a PDF document: upload a PDF file (save a Word document as PDF first)',
  },
  CONTENT_VIDEO_NOT_READY: {
    status: 409,
    zh: '这个视频还没有转码完成，暂不能用作学习内容',
    en: 'This video has not finished transcoding and cannot be used as study content yet',
  },
  CONTENT_WRONG_STATUS: {
    status: 409,
    zh: '内容当前状态不允许此操作',
    en: 'The content is not in a state that allows this',
  },
  QUIZ_NO_QUESTIONS: {
    status: 409,
    zh: '题库中暂无可用的题目，请联系党组织',
    en: 'The question bank has no questions for you yet: ask your party organisation',
  },
  QUIZ_ALREADY_ANSWERED: {
    status: 409,
    zh: '这道题已经答过，不能更改答案',
    en: 'This question has already been answered; the answer cannot be changed',
  },
  QUIZ_TIME_UP: { status: 409, zh: '答题时间已到', en: 'The time for this quiz is up' },
  QUIZ_NOT_A_MEMBER: {
    status: 403,
    zh: '只有登记在册的党员才能答题',
    en: 'Only registered party members can take quizzes',
  },
  QUIZ_NOT_OPEN: {
    status: 409,
    zh: '该专项答题不在开放时间内',
    en: 'This quiz is not open now',
  },
  QUIZ_NO_ATTEMPTS_LEFT: {
    status: 409,
    zh: '答题次数已用完',
    en: 'You have used all your attempts at this quiz',
  },
  SPECIAL_QUIZ_WRONG_STATUS: {
    status: 409,
    zh: '专项答题当前状态不允许此操作（已发布的不能再修改，已结束的不能再发布）',
    en: 'The special quiz is not in a state that allows this (a published one cannot be edited, a closed one not republished)',
  },
  SPECIAL_QUIZ_POOL_TOO_SMALL: {
    status: 422,
    zh: '题库中带所选标签的可用题目少于每次答题的题数：请减少题数、增加标签，或先在题库中补充带这些标签的题目',
    en: 'The bank has fewer enabled questions with the chosen tags than each attempt asks: ask fewer questions, add tags, or add tagged questions to the bank first',
  },
  LEARNING_NOT_A_MEMBER: {
    status: 403,
    zh: '只有登记在册的党员才有学习记录',
    en: 'Only registered party members have a learning record',
  },
  LEARNING_RANKINGS_OFF: {
    status: 409,
    zh: '本组织未开启个人积分排名',
    en: 'Personal rankings are switched off for your organisation',
  },
  NOTIFY_DELIVERY_NOT_FAILED: {
    status: 409,
    zh: '只有发送失败的消息才能重新发送',
    en: 'Only a failed delivery can be retried',
  },
  ATTENDANCE_PUNCH_IN_FUTURE: {
    status: 400,
    zh: '打卡时间晚于现在：请检查手机的日期和时间',
    en: "The punch's time is in the future: check the phone's date and time",
  },
  ATTENDANCE_PUNCH_TOO_OLD: {
    status: 400,
    zh: '这次打卡已超过 31 天，不能再补交：请向上级申请补卡',
    en: 'This punch is more than 31 days old and can no longer be sent: ask your supervisor for a correction',
  },
  ATTENDANCE_NO_ORG: {
    status: 409,
    zh: '您的党员档案没有所在党组织，无法判断考勤地点：请联系组织管理员',
    en: 'Your record has no organisation, so no check-in place applies: ask your organisation admin',
  },
  ATTENDANCE_NOT_PENDING: {
    status: 409,
    zh: '这条打卡记录没有待处理的审批或核查',
    en: 'This punch has no approval or review waiting',
  },
  SUPERVISION_UNKNOWN_METRIC: {
    status: 400,
    zh: '没有这个监督指标：请从指标列表中选择',
    en: 'There is no such metric: choose one from the list of metrics',
  },
  SUPERVISION_OFFICE_NOT_ABOVE: {
    status: 400,
    zh: '接收预警的党建办必须是规则所属组织或其上级组织',
    en: "The office to tell must be the rule's organisation or one above it",
  },
  SUPERVISION_BUILT_IN_RULE: {
    status: 409,
    zh: '内置规则不能删除，可以停用或修改',
    en: 'A built-in rule cannot be deleted; switch it off or edit it instead',
  },
  SUPERVISION_ALERT_CLOSED: {
    status: 409,
    zh: '该预警已办结',
    en: 'This alert is already closed',
  },
  SUPERVISION_DAY_IN_FUTURE: {
    status: 400,
    zh: '只能对今天或以前的日期运行规则',
    en: 'A rule can only be run for today or an earlier day',
  },
  SUPERVISION_ALERT_NOT_LINKABLE: {
    status: 400,
    zh: '所引用的预警不存在、不是关于此人，或不在您的管辖范围内',
    en: 'A cited alert does not exist, is not about this person, or is outside your organisations',
  },
  SUPERVISION_NOT_LEADING_CADRE: {
    status: 409,
    zh: '只有县处级及以上领导干部建立个人诚信档案',
    en: 'Only leading cadres of county rank and above have an integrity record',
  },
  SUPERVISION_RECORD_REVOKED: {
    status: 409,
    zh: '该记录已撤销',
    en: 'This record has already been revoked',
  },
  SUPERVISION_EVIDENCE_PRESENT: {
    status: 409,
    zh: '该记录已有证明材料，不能替换；如有误请撤销后重新登记',
    en: 'This item already has its evidence; revoke it and record it again to change it',
  },
  SUPERVISION_EVIDENCE_TYPE: {
    status: 415,
    zh: '证明材料须为 PDF、JPEG 或 PNG 文件',
    en: 'Evidence must be a PDF, JPEG or PNG file',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试', en: 'Internal server error' },
  UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ErrorCatalog;

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown };
};

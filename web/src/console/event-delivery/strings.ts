// Words of the event delivery screen (事件投递).
import { addStrings } from '../../i18n/index.ts';

addStrings('delivery', {
  zh: {
    title: '事件投递',
    subtitle: '各模块订阅的行为事件在提交后投递给订阅者；失败会自动重试，这里可以看到是否有积压或错误',
    col: {
      subscriber: '订阅者',
      status: '状态',
      delivered: '已投递',
      attempts: '连续失败',
      lastDelivered: '最近投递',
      next: '下次重试',
      error: '最近错误',
    },
    status: { ok: '正常', retrying: '重试中', failed: '失败' },
    notInstalled: '已停用的订阅者',
    none: '尚无订阅者投递过事件',
    allOk: '全部订阅者运行正常',
    problems: '{{n}} 个订阅者投递出错，系统会按退避时间自动重试',
    times: '{{n}} 次',
  },
  en: {
    title: 'Event delivery',
    subtitle:
      "Behaviour events reach the modules' subscribers after commit; failures are retried automatically. Backlogs and errors show here.",
    col: {
      subscriber: 'Subscriber',
      status: 'Status',
      delivered: 'Delivered',
      attempts: 'Failures in a row',
      lastDelivered: 'Last delivery',
      next: 'Next retry',
      error: 'Last error',
    },
    status: { ok: 'OK', retrying: 'Retrying', failed: 'Failed' },
    notInstalled: 'Subscriber no longer installed',
    none: 'No subscriber has received events yet',
    allOk: 'Every subscriber is running normally',
    problems: '{{n}} subscriber(s) failing; they are retried automatically with back-off',
    times: '{{n}}',
  },
});

// Words of the outbox card on 我的消息 (system administrators).
import { addStrings } from '../../i18n/index.ts';

addStrings('outbox', {
  zh: {
    title: '短信与邮件发送记录',
    status: { failed: '发送失败', pending: '待发送', sent: '已发送', all: '全部' },
    channel: { email: '邮件', webhook: '短信网关' },
    on: '已开通',
    off: '未配置',
    col: {
      channel: '渠道',
      destination: '接收方',
      subject: '标题',
      status: '状态',
      attempts: '尝试次数',
      next: '下次发送',
      error: '最近错误',
    },
    retry: '重新发送',
    retried: '已重新排入发送队列',
    none: '没有记录',
  },
  en: {
    title: 'Text message and email deliveries',
    status: { failed: 'Failed', pending: 'Pending', sent: 'Sent', all: 'All' },
    channel: { email: 'Email', webhook: 'SMS gateway' },
    on: 'on',
    off: 'not configured',
    col: {
      channel: 'Channel',
      destination: 'To',
      subject: 'Subject',
      status: 'Status',
      attempts: 'Attempts',
      next: 'Next attempt',
      error: 'Last error',
    },
    retry: 'Send again',
    retried: 'Queued to send again',
    none: 'Nothing here',
  },
});

// The item editor (new, or an editable draft: an article, a PDF document or a video of the library,
// its audience and an optional publication time) and the item page: preview, and the review steps
// the caller may take (submit, approve or return, withdraw or unschedule, pin). An author never
// approves their own.
import {
  CadreRankLabels,
  CadreRanks,
  ContentChannelLabels,
  ContentChannels,
  ContentKindLabels,
  ContentKinds,
  type CreateArticleRequest,
  RoleLabels,
  Roles,
} from '@hongyun/contracts';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Space, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call, http } from '../../api/client.ts';
import { errorText } from '../../shared/errors.ts';
import { OrgTreeSelect } from '../../shared/OrgTreeSelect.tsx';
import { AudienceOrgPicker } from './AudienceOrgPicker.tsx';
import { ContentPreview } from './ContentPreview.tsx';
import { DocumentField, type DocumentValue, VideoSelect } from './KindFields.tsx';
import { useContentActions, useContentItem } from './queries.ts';
import { RichTextEditor } from './RichTextEditor.tsx';
import { publishTimeText, StatusTag } from './StatusTag.tsx';
import './content.css';
import './strings.ts';

type FormValues = Omit<CreateArticleRequest, 'audience' | 'publishAt' | 'documentId'> & {
  publishAt: Dayjs | null;
  document: DocumentValue | null;
  audienceOrgIds: number[];
  roles: CreateArticleRequest['audience']['roles'];
  cadreRanks: CreateArticleRequest['audience']['cadreRanks'];
};

export function Component() {
  const { t, i18n } = useTranslation('content');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { id } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const item = useContentItem(id);
  const actions = useContentActions(id);
  const [form] = Form.useForm<FormValues>();
  const [body, setBody] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const d = item.data;
  const isEditable = !id || (d && ['draft', 'returned', 'withdrawn'].includes(d.status));
  const ownerOrgId = Form.useWatch('orgId', form) ?? d?.orgId;
  const kind = Form.useWatch('kind', form) ?? d?.kind ?? 'article';
  const failed = [actions.create, actions.update, actions.step, actions.giveBack, actions.pin].find((m) => m.error);

  const save = async (thenSubmit: boolean) => {
    const v = await form.validateFields();
    const audience = { orgIds: v.audienceOrgIds ?? [], roles: v.roles ?? [], cadreRanks: v.cadreRanks ?? [] };
    const fields = {
      channel: v.channel,
      title: v.title,
      summary: v.summary ?? '',
      source: v.source || null,
      bodyHtml: body ?? d?.bodyHtml ?? '',
      audience,
      publishAt: v.publishAt ? v.publishAt.toISOString() : null,
      ...(kind === 'document' && v.document ? { documentId: v.document.id } : {}),
      ...(kind === 'video' && v.videoId ? { videoId: v.videoId } : {}),
    };
    let itemId = id;
    if (!id) {
      const created = await actions.create.mutateAsync({
        documentId: null,
        videoId: null,
        ...fields,
        kind,
        orgId: v.orgId,
      });
      itemId = created.data.id;
    } else await actions.update.mutateAsync(fields);
    if (thenSubmit && itemId) {
      // A new item's id is known only once it was created: submit it by that id.
      await call(http.POST('/api/content/items/{id}/submit', { params: { path: { id: itemId } } }));
      await item.refetch();
      message.success(t('submitted'));
    } else message.success(t('saved'));
    if (!id && itemId) navigate(`/content/${itemId}`, { replace: true });
  };

  const head = (
    <div className="hy-page-head" style={{ marginBottom: 0 }}>
      <Space>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {id ? (d?.title ?? t('editArticle')) : t('newItem')}
        </Typography.Title>
        {d && <StatusTag status={d.status} publishAt={d.publishAt} />}
      </Space>
    </div>
  );

  if (id && item.error) return <Alert type="error" showIcon title={errorText(item.error)} />;
  if (id && !d) return head;

  const editor = (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={
        d
          ? {
              channel: d.channel,
              title: d.title,
              summary: d.summary,
              source: d.source ?? '',
              kind: d.kind,
              document: d.document,
              videoId: d.video?.id ?? null,
              publishAt: d.publishAt ? dayjs(d.publishAt) : null,
              audienceOrgIds: d.audience.orgIds,
              roles: d.audience.roles,
              cadreRanks: d.audience.cadreRanks,
            }
          : { channel: 'news', kind: 'article', roles: [], cadreRanks: [], audienceOrgIds: [], publishAt: null }
      }
    >
      <Flex gap={16} wrap>
        {!id && (
          <Form.Item name="orgId" label={t('fields.org')} rules={[{ required: true }]} style={{ minWidth: 280 }}>
            <OrgTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]} style={{ minWidth: 140 }}>
          <Select
            disabled={!!id}
            options={ContentKinds.map((k) => ({ value: k, label: ContentKindLabels[k][lang] }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('fields.channel')} rules={[{ required: true }]} style={{ minWidth: 180 }}>
          <Select options={ContentChannels.map((c) => ({ value: c, label: ContentChannelLabels[c][lang] }))} />
        </Form.Item>
        <Form.Item name="source" label={t('fields.source')} style={{ minWidth: 220 }}>
          <Input maxLength={50} />
        </Form.Item>
      </Flex>
      <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={120} showCount />
      </Form.Item>
      <Form.Item name="summary" label={t('fields.summary')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      {kind === 'document' && (
        <Form.Item name="document" label={t('fields.document')} extra={t('fields.documentHint')} required>
          <DocumentField orgId={ownerOrgId} />
        </Form.Item>
      )}
      {kind === 'video' && (
        <Form.Item name="videoId" label={t('fields.video')} extra={t('fields.videoHint')} rules={[{ required: true }]}>
          <VideoSelect current={d?.video ?? null} />
        </Form.Item>
      )}
      <Form.Item label={t('fields.body')} required={kind === 'article'}>
        <RichTextEditor value={d?.bodyHtml ?? ''} onChange={setBody} orgId={ownerOrgId} />
      </Form.Item>
      <Form.Item
        name="audienceOrgIds"
        label={t('fields.audienceOrgs')}
        extra={t('fields.audienceOrgsHint')}
        style={{ maxWidth: 720 }}
      >
        <AudienceOrgPicker ownerOrgId={ownerOrgId} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="roles"
          label={t('fields.audienceRoles')}
          extra={t('fields.audienceRolesHint')}
          style={{ minWidth: 320 }}
        >
          <Select mode="multiple" allowClear options={Roles.map((r) => ({ value: r, label: RoleLabels[r][lang] }))} />
        </Form.Item>
        <Form.Item
          name="cadreRanks"
          label={t('fields.audienceRanks')}
          extra={t('fields.audienceRanksHint')}
          style={{ minWidth: 280 }}
        >
          <Select
            mode="multiple"
            allowClear
            options={CadreRanks.map((r) => ({ value: r, label: CadreRankLabels[r][lang] }))}
          />
        </Form.Item>
        <Form.Item name="publishAt" label={t('fields.publishAt')} extra={t('fields.publishAtHint')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(day) => day.isBefore(dayjs().startOf('day'))}
          />
        </Form.Item>
      </Flex>
      <Space>
        <Button onClick={() => void save(false)} loading={actions.create.isPending || actions.update.isPending}>
          {t('save')}
        </Button>
        <Button type="primary" onClick={() => void save(true)} loading={actions.step.isPending}>
          {t('submit')}
        </Button>
      </Space>
    </Form>
  );

  const review = d && (
    <Space wrap>
      {d.canApprove && (
        <>
          <Button
            type="primary"
            loading={actions.step.isPending}
            onClick={() => actions.step.mutate('approve', { onSuccess: () => message.success(t('approved')) })}
          >
            {t('approve')}
          </Button>
          <Button onClick={() => setReturning(true)}>{t('return')}</Button>
        </>
      )}
      {d.status === 'scheduled' && (
        <Button
          danger
          onClick={() =>
            modal.confirm({
              title: t('unscheduleConfirm'),
              onOk: () => actions.step.mutateAsync('withdraw').then(() => message.success(t('unscheduled'))),
            })
          }
        >
          {t('unschedule')}
        </Button>
      )}
      {d.status === 'published' && (
        <>
          <Button onClick={() => actions.pin.mutate(!d.isPinned)}>{d.isPinned ? t('unpin') : t('pin')}</Button>
          <Button
            danger
            onClick={() =>
              modal.confirm({
                title: t('withdrawConfirm'),
                onOk: () => actions.step.mutateAsync('withdraw').then(() => message.success(t('withdrawn'))),
              })
            }
          >
            {t('withdraw')}
          </Button>
        </>
      )}
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      {head}
      {d?.reviewNote && <Alert type="warning" showIcon title={t('reviewNote', { note: d.reviewNote })} />}
      {d?.status === 'submitted' && d.isOwn && <Alert type="info" showIcon title={t('ownItem')} />}
      {d?.status === 'scheduled' && d.publishAt && (
        <Alert type="info" showIcon title={t('scheduledAt', { at: publishTimeText(d.publishAt, lang) })} />
      )}
      {failed?.error && <Alert type="error" showIcon title={errorText(failed.error)} />}
      {review}
      <Card size="small">
        {isEditable ? (
          <Tabs
            items={[
              { key: 'edit', label: t('editArticle'), children: editor },
              ...(d ? [{ key: 'preview', label: t('preview'), children: <ContentPreview item={d} /> }] : []),
            ]}
          />
        ) : (
          d && <ContentPreview item={d} />
        )}
      </Card>
      <Modal
        open={returning}
        title={t('return')}
        okButtonProps={{ disabled: !note.trim(), loading: actions.giveBack.isPending }}
        onCancel={() => setReturning(false)}
        onOk={() =>
          actions.giveBack.mutate(note.trim(), {
            onSuccess: () => {
              setReturning(false);
              message.success(t('returned'));
            },
          })
        }
      >
        <Input.TextArea
          aria-label={t('returnNote')}
          placeholder={t('returnNote')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </Flex>
  );
}

// One alert, laid out so a unit head can check it in a minute: who, the rule in words, the missed
// working days on a calendar, the person's explanation, what happened so far, and the close form.
// Opening it tells the server a manager has seen it (once per opening; the person's own view does not).
import { Descriptions, Drawer, Flex, Grid, Alert as Notice, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors.ts';
import { AlertTimeline } from '../../shared/supervision/AlertTimeline.tsx';
import { useAlert, useAlertActions } from '../../shared/supervision/api.ts';
import { DayCalendar } from '../../shared/supervision/DayCalendar.tsx';
import {
  cadreRankText,
  severityColor,
  severityText,
  stageColor,
  stageText,
  statusColor,
  statusText,
} from '../../shared/supervision/labels.ts';
import { CloseAlertForm } from './CloseAlertForm.tsx';
import './strings.ts';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

export function AlertDrawer({ alertId, onClose }: { alertId: string; onClose: () => void }) {
  const { t } = useTranslation('supervisionAdmin');
  const wide = Grid.useBreakpoint().md !== false;
  const alert = useAlert(alertId);
  const { seen } = useAlertActions();
  const told = useRef<string | null>(null);
  const a = alert.data;

  useEffect(() => {
    if (!a || a.can.explain || told.current === a.id) return;
    told.current = a.id;
    // A failure here changes nothing on screen; the next opening tells it again.
    seen.mutate(a.id, { onError: () => undefined });
  }, [a, seen]);

  return (
    <Drawer open size={wide ? 720 : '100%'} title={t('detail.title')} onClose={onClose} destroyOnHidden>
      {alert.error && <Notice type="error" showIcon title={errorText(alert.error)} />}
      {!a && alert.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {a && (
        <Flex vertical gap={20}>
          <div>
            <Space size={6} wrap style={{ marginBottom: 6 }}>
              <Tag color={severityColor[a.severity]}>{severityText(a.severity)}</Tag>
              <Tag color={statusColor[a.status]}>{statusText(a.status)}</Tag>
              {a.status !== 'closed' && <Tag color={stageColor[a.stage]}>{stageText(a.stage)}</Tag>}
            </Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {a.headline}
            </Typography.Title>
          </div>
          <Descriptions
            size="small"
            column={wide ? 2 : 1}
            bordered
            styles={{ label: { whiteSpace: 'nowrap', width: 72 } }}
            items={[
              { key: 'person', label: t('detail.person'), children: a.personName },
              {
                key: 'rank',
                label: t('detail.rank'),
                children:
                  [a.position, a.cadreRank ? cadreRankText(a.cadreRank) : null].filter(Boolean).join(' · ') || '—',
              },
              { key: 'org', label: t('alerts.col.org'), children: a.orgName, span: wide ? 2 : 1 },
              {
                key: 'rule',
                label: t('detail.rule'),
                span: wide ? 2 : 1,
                children: (
                  <Flex vertical>
                    <Typography.Text strong>{a.evidence.ruleName}</Typography.Text>
                    <span>{a.evidence.ruleSummary}</span>
                  </Flex>
                ),
              },
            ]}
          />
          <Section title={t('detail.why')}>
            <DayCalendar evidence={a.evidence} />
          </Section>
          <Section title={t('detail.explanation')}>
            {/* The person's own alert: they answer it where reminders live, on the phone app. */}
            {a.can.explain && (
              <Typography.Paragraph>
                <a href={`/m/supervision/${a.id}`}>{t('detail.explainOnPhone')}</a>
              </Typography.Paragraph>
            )}
            {a.explanation ? (
              <blockquote className="hy-sv-explanation">{a.explanation}</blockquote>
            ) : (
              <Typography.Text type="secondary">{t('detail.noExplanation')}</Typography.Text>
            )}
          </Section>
          <Section title={t('supervision:timeline.title')}>
            <AlertTimeline alert={a} />
          </Section>
          {a.status !== 'closed' && (
            <Section title={t('detail.close')}>
              {a.can.close ? (
                <CloseAlertForm alertId={a.id} />
              ) : (
                <Typography.Text type="secondary">{t('detail.cannotClose')}</Typography.Text>
              )}
            </Section>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

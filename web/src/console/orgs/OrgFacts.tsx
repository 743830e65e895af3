// What an organisation is, for the tree page's side panel and the detail page alike: member counts
// by status as statistic cards, then its particulars. Values arrive as the server presents them.
import { ModuleLabels, OrgTypeLabels } from '@hongyun/contracts';
import { Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pick } from '../../i18n/index.ts';
import type { OrgDetail } from './orgQueries.ts';
import './strings.ts';

/** `narrow`: two by two, for the side panel; otherwise four across on wide screens. */
export function OrgCounts({ org, narrow = false }: { org: OrgDetail; narrow?: boolean }) {
  const { t } = useTranslation('orgs');
  const cards: { key: string; title: string; value: number; suffix: string; color?: string }[] = [
    { key: 'total', title: t('count.total'), value: org.memberCounts.total, suffix: t('count.unit'), color: '#c8161d' },
    { key: 'full', title: t('count.full'), value: org.memberCounts.full, suffix: t('count.unit') },
    {
      key: 'probationary',
      title: t('count.probationary'),
      value: org.memberCounts.probationary,
      suffix: t('count.unit'),
    },
    { key: 'children', title: t('field.childCount'), value: org.childCount, suffix: t('count.children') },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} xl={narrow ? 12 : 6}>
          <Card size="small">
            <Statistic
              title={c.title}
              value={c.value}
              suffix={c.suffix}
              styles={{ content: c.color ? { color: c.color } : undefined }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The type, shown the same way everywhere. */
export function OrgTypeTag({ org }: { org: { type: OrgDetail['type'] } }) {
  return <Tag color="red">{pick(OrgTypeLabels[org.type])}</Tag>;
}

export function OrgParticulars({ org, columns = 2 }: { org: OrgDetail; columns?: number }) {
  const { t } = useTranslation('orgs');
  const none = <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  const or = (value: ReactNode) => (value === null || value === undefined || value === '' ? none : value);
  const coords = org.lng != null && org.lat != null ? `${org.lng.toFixed(6)}, ${org.lat.toFixed(6)}` : null;

  return (
    <Descriptions
      size="small"
      bordered
      // One column in a phone-width window, so the bordered table never runs off the screen.
      column={columns === 1 ? 1 : { xs: 1, md: columns }}
      styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'shortName', label: t('field.shortName'), children: or(org.shortName) },
        { key: 'type', label: t('field.type'), children: pick(OrgTypeLabels[org.type]) },
        { key: 'path', label: t('field.path'), span: 'filled', children: org.pathNames.join(' / ') },
        {
          key: 'secretary',
          label: t('field.secretary'),
          children: org.secretary ? <Link to={`/people/${org.secretary.id}`}>{org.secretary.name}</Link> : none,
        },
        { key: 'phone', label: t('field.contactPhone'), children: or(org.contactPhone) },
        { key: 'region', label: t('field.region'), children: or(org.regionName) },
        { key: 'coords', label: t('field.coordinates'), children: or(coords) },
        { key: 'address', label: t('field.address'), span: 'filled', children: or(org.address) },
        {
          key: 'modules',
          label: t('modules.effective'),
          span: 'filled',
          children: org.effectiveModules.length ? (
            <Space size={[4, 4]} wrap>
              {org.effectiveModules.map((m) => (
                <Tag key={m}>{pick(ModuleLabels[m])}</Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('modules.none')}</Typography.Text>
          ),
        },
      ]}
    />
  );
}

// Shortcuts to the screens this user may open: the same list and ability checks as the side nav,
// so the dashboard never offers a screen the server would refuse.
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session.ts';
import { navItems } from '../nav.tsx';
import './strings.ts';

export function QuickLinks({ abilities }: { abilities: Me['abilities'] }) {
  const { t } = useTranslation('home');
  const items = navItems.filter((i) => i.path !== '/' && i.isVisible(abilities));
  return (
    <Card title={t('links.title')} size="small">
      <Row gutter={[12, 12]}>
        {items.map((i) => (
          <Col key={i.path} xs={12} md={8} xl={6}>
            <Link to={i.path} className="hy-quick-link">
              <Card size="small" hoverable>
                <span style={{ fontSize: 20, color: '#c8161d', marginRight: 10 }} aria-hidden>
                  {i.icon}
                </span>
                <Typography.Text>{t(`common:${i.labelKey}`)}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

// Shortcuts to the screens this user may open: the side nav's entries from /api/me, so the
// dashboard never offers a screen the server would refuse.
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session.ts';
import { navIcon, navLabel } from '../nav.tsx';
import './strings.ts';

export function QuickLinks({ nav }: { nav: Me['nav'] }) {
  const { t, i18n } = useTranslation('home');
  const items = nav.filter((i) => i.path !== '/');
  return (
    <Card title={t('links.title')} size="small">
      <Row gutter={[12, 12]}>
        {items.map((i) => (
          <Col key={i.path} xs={12} md={8} xl={6}>
            <Link to={i.path} className="hy-quick-link">
              <Card size="small" hoverable>
                <span style={{ fontSize: 20, color: '#c8161d', marginRight: 10 }} aria-hidden>
                  {navIcon(i.icon)}
                </span>
                <Typography.Text>{navLabel(i, i18n.language)}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

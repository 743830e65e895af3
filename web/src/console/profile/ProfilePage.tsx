// 个人资料: my account, roles and member record, password and sessions, and acting for a relative.
import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../api/session.ts';
import { AccountCard, GrantsCard } from './AccountCard.tsx';
import { ActingForCard } from './ActingForCard.tsx';
import { PersonCard } from './PersonCard.tsx';
import { SecurityCard } from './SecurityCard.tsx';
import './strings.ts';

export function Component() {
  const { t } = useTranslation('profile');
  const me = useSignedInMe();
  return (
    // Flex, not Space: a card that renders nothing (no delegations) must leave no gap behind.
    <Flex vertical gap={16}>
      <div className="hy-page-head" style={{ marginBottom: 0 }}>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
      </div>
      <ActingForCard me={me} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <AccountCard me={me} />
            <GrantsCard me={me} />
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            {me.account.personId && <PersonCard personId={me.account.personId} />}
            <SecurityCard />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

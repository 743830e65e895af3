// Placeholder until this screen is built.
import { Result } from 'antd';

export function Component() {
  return <Result status="info" title="OrgsPage" subTitle="建设中 / Coming soon" />;
}

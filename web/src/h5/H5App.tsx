// Placeholder until the H5 app is built.
export function Component() {
  return <div style={{ padding: 24 }}>红云移动端</div>;
}

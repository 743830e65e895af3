// antd-mobile 5 renders its imperative pieces (Toast, Dialog.confirm) with the legacy
// ReactDOM.render, which React 19 removed; this hands it createRoot instead (antd-mobile's own
// documented hook for React 19).
import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node, container) => {
  let root = roots.get(container);
  if (!root) {
    root = createRoot(container);
    roots.set(container, root);
  }
  root.render(node);
  return async () => {
    // Let the closing animation's last frame render before unmounting.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});

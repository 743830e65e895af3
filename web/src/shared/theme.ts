import type { ThemeConfig } from 'antd';

/** Party red, calm greys; system CJK fonts first so Chinese renders crisply on every desktop. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8161d',
    colorLink: '#b3141a',
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, sans-serif',
  },
};

import { describe, expect, it } from 'vitest';
import { sanitizeArticle } from './sanitize.ts';

const OWN = '/api/content-media/0b6f7a7e-2c1d-4c55-9a55-3f1b1f0e6a11';

describe('sanitizeArticle', () => {
  it('keeps the structure of a study article', () => {
    const html =
      '<h2>学习要点</h2><p><strong>一</strong>、<em>二</em></p><ul><li>甲</li></ul><ol><li>乙</li></ol>' +
      '<blockquote>引文</blockquote><table><tbody><tr><td colspan="2">表</td></tr></tbody></table>';
    expect(sanitizeArticle(html)).toBe(html);
  });

  it('drops scripts, styles and their content', () => {
    const out = sanitizeArticle(
      '<p>前</p><script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe><p>后</p>',
    );
    expect(out).toBe('<p>前</p><p>后</p>');
  });

  it('drops every on* attribute and style', () => {
    const out = sanitizeArticle('<p onclick="alert(1)" style="color:red">文</p><img src="x" onerror="alert(1)">');
    expect(out).toBe('<p>文</p>');
  });

  it('keeps http(s) links with rel noopener and removes javascript: and data: links', () => {
    expect(sanitizeArticle('<a href="https://www.12371.cn/">共产党员网</a>')).toBe(
      '<a rel="noopener noreferrer nofollow" target="_blank" href="https://www.12371.cn/">共产党员网</a>',
    );
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/',
    ]) {
      const out = sanitizeArticle(`<a href="${href}">点</a>`);
      expect(out, href).not.toContain('href');
      expect(out, href).toContain('点');
    }
  });

  it('keeps only our own images', () => {
    expect(sanitizeArticle(`<img src="${OWN}" alt="图">`)).toBe(`<img src="${OWN}" alt="图" />`);
    for (const src of [
      'https://evil.example/track.png',
      `https://evil.example${OWN}`,
      `//evil.example${OWN}`,
      'data:image/png;base64,AAAA',
      `${OWN}?x=1`,
    ]) {
      expect(sanitizeArticle(`<p>文</p><img src="${src}">`), src).toBe('<p>文</p>');
    }
  });
});

import sanitizeHtml from 'sanitize-html';

// Article bodies come from the console's editor but are treated as hostile: only the structure a
// study article needs survives. Links must be http(s) and open without a handle on our page;
// images must be our own article images (served by this platform), never a foreign host that
// would learn who reads what.

/** Where the platform serves article images: a same-origin path with the image's id. */
export const OWN_IMAGE_SRC = /^\/api\/content-media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IMAGE_ID = /<img[^>]*\ssrc="\/api\/content-media\/([0-9a-f-]{36})"/g;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => frame.tag === 'img' && !OWN_IMAGE_SRC.test(frame.attribs.src ?? ''),
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const out: Record<string, string> = { rel: 'noopener noreferrer nofollow', target: '_blank' };
      if (/^https?:\/\//i.test(href)) out.href = href;
      if (attribs.title) out.title = attribs.title;
      return { tagName, attribs: out };
    },
  },
};

/** The body as stored and shown: allowed tags and attributes only. */
export function sanitizeArticle(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The body's plain text (for a summary when none was written, and the read-aloud button). */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}

/** The ids of the article images a sanitised body shows. */
export function imageIdsOf(html: string): string[] {
  return [...new Set([...html.matchAll(IMAGE_ID)].map((m) => m[1] as string))];
}

/** The sanitised body without the images not in `allowed` (another subtree's, or never uploaded). */
export function keepImages(html: string, allowed: ReadonlySet<string>): string {
  if (imageIdsOf(html).every((id) => allowed.has(id))) return html;
  return sanitizeHtml(html, {
    ...OPTIONS,
    exclusiveFilter: (frame) => frame.tag === 'img' && !allowed.has((frame.attribs.src ?? '').split('/').pop() ?? ''),
  }).trim();
}

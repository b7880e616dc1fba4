import sanitizeHtml from 'sanitize-html';

/**
 * What a goods description may hold: basic formatting and images from http(s) URLs. Everything else goes:
 * scripts (with their content), event handlers, styles, `javascript:` and `data:` URLs. The result is safe
 * for the weapp `RichText` and for the H5 page, which render it as is.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'img'],
  allowedAttributes: { img: ['src', 'alt', 'width', 'height'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // An image must come from an absolute http(s) URL: a relative one means nothing in the mini program, and
  // one whose src was dropped shows nothing.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^https?:\/\//i.test(frame.attribs.src ?? ''),
};

export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, options).trim();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A complete page; `body` must already be markup built from escaped text. */
export function page(title: string, body: string, head = ''): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)}</title>${head}` +
    '<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}' +
    'pre{background:#f3f3f3;padding:1rem;white-space:pre-wrap;word-break:break-all}</style>' +
    `</head><body>${body}</body></html>\n`
  );
}

/** A string literal safe inside an inline <script>. */
function scriptString(text: string): string {
  return JSON.stringify(text)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * WebEx's way of ending a URL API command: a 200 page whose script sets location.href (never a
 * 3xx), so a watcher sees the tab arrive at the back URL, not a network redirect.
 */
export function redirectPage(title: string, message: string, target: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>` +
      `<noscript><p><a href="${escapeHtml(target)}">Continue</a></p></noscript>` +
      `<script>location.href = ${scriptString(target)};</script>`,
  );
}

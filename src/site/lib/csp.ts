/**
 * The site's Content-Security-Policy, sent as a <meta http-equiv> by every page (Base.astro) and,
 * on servers that can, as an HTTP header (README shows the nginx line).
 *
 * - Scripts: only files from the site's own origin. The pages have no inline script to hash
 *   (theme.js and site.js are external on purpose; JSON-LD blocks are data, not script).
 *   `'wasm-unsafe-eval'` is what Pagefind needs to compile its WebAssembly, and nothing more: no
 *   `'unsafe-eval'`, no `'unsafe-inline'`. (Pagefind compiles it in a worker, which a <meta> policy
 *   does not reach but the header does; without a worker it compiles in the page.)
 * - Styles: `'unsafe-inline'` because Astro inlines each page's stylesheet and Shiki colours the
 *   link snippets with style attributes; styles cannot run code.
 * - Everything else (fetches, Pagefind's worker, images, the manifest) comes from 'self' alone;
 *   no plugin, no <base> rewrite, forms submit only to the site.
 *
 * `frame-ancestors` has no effect in a <meta> policy, so it is only in the header form.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** The policy as a <meta http-equiv="Content-Security-Policy"> content value. */
export const CSP = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');

/** The same policy as an HTTP header, where `frame-ancestors` also works. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'self'`;

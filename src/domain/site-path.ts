/**
 * A link back to this URL on our own site: the path with one leading slash, and the query. A
 * request for `//evil.test/x` must not become a link the browser reads as another site.
 *
 * @example sitePath(new URL('http://spreekuur.test//evil.test/x?a=1')) // '/evil.test/x?a=1'
 */
export function sitePath(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`
}

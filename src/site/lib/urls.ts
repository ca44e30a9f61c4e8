/** Site-relative URLs that honour the configured base path (`BASE`). */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `path` without a leading slash, prefixed with the base: url('m/3-1-2/') → `/sub/m/3-1-2/`. */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const unitUrl = (id: string): string => url(`m/${id}/`);
export const chapterUrl = (chapterId: string, anchorId?: string): string => url(`plan/${chapterId}/`) + (anchorId ? `#m-${anchorId}` : '');
export const termUrl = (slug: string): string => url(`glossary/${slug}/`);

/** Absolute URL for sharing and citations. */
export function absolute(site: URL | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}

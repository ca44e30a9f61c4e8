/**
 * /search/: every exact match for `?q=`, the chapter filter (`?chapter=`), and, on request, Pagefind's
 * related results apart under 相关结果. They are on request even when nothing matches exactly:
 * Pagefind's files triple what a first query downloads. The URL follows the box, so a search can
 * be shared as a link.
 */
import type { SiteSearch } from './client.ts';
import { el, resultItem } from './render.ts';

export interface PageParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  chapter: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLElement;
  related: HTMLElement;
}

export function attachPage(doc: Document, base: string, parts: PageParts, search: SiteSearch): void {
  const { form, input, chapter, status, results, related } = parts;
  const params = new URLSearchParams(doc.location.search);
  // Keep what the reader typed while this module was loading.
  input.value = params.get('q') ?? input.value;
  if (chapter.options.length <= 1)
    for (const [id, heading] of search.index.chapters) chapter.append(el(doc, 'option', { value: id }, heading));
  chapter.value = params.get('chapter') ?? '';
  let seq = 0;
  const showRelated = async (q: string, mine: number) => {
    related.replaceChildren(el(doc, 'h2', {}, '相关结果'), el(doc, 'p', { class: 'sr-status' }, '正在查找…'));
    const found = await search.related(q, { chapter: chapter.value || undefined, limit: 8 });
    if (mine !== seq) return;
    related.replaceChildren(
      el(doc, 'h2', {}, '相关结果'),
      el(doc, 'p', { class: 'sr-status' }, found.length ? '以下条目包含查询中的部分词语，但不包含完整的查询文字。' : '没有相关结果。'),
      el(doc, 'ol', { class: 'sr-list' }, ...found.map((r) => resultItem(doc, base, q, r))),
    );
  };
  const run = () => {
    const mine = ++seq;
    const q = input.value;
    const url = new URL(doc.location.href);
    url.search = '';
    if (q.trim()) url.searchParams.set('q', q.trim());
    if (chapter.value) url.searchParams.set('chapter', chapter.value);
    doc.defaultView?.history.replaceState(null, '', url);
    related.replaceChildren();
    if (!q.trim()) {
      status.textContent = status.dataset.hint ?? '';
      results.replaceChildren();
      return;
    }
    const all = search.matches(q, { chapter: chapter.value || undefined });
    const where = chapter.value ? `（${chapter.selectedOptions[0]?.textContent ?? ''}）` : '';
    status.textContent = all.length ? `“${q.trim()}”${where}：${all.length} 条完全匹配` : `没有包含“${q.trim()}”的条目${where}`;
    results.replaceChildren(...all.map((m) => resultItem(doc, base, q, m)));
    const button = el(
      doc,
      'button',
      { type: 'button', class: 'sr-related-btn' },
      all.length ? '显示相关结果（含部分词语）' : '查找相关结果（含部分词语）',
    );
    button.addEventListener('click', () => void showRelated(q, mine));
    related.replaceChildren(button);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  chapter.addEventListener('change', run);
  run();
}

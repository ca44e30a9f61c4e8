/**
 * /search/: every exact match for `?q=`, the chapter filter (`?chapter=`), and Pagefind's related
 * results apart under 相关结果 — at once when the exact matches are few or none (a query with no
 * exact match must not be a dead end), on request otherwise: Pagefind's files triple what a first
 * query downloads. The URL and the tab title follow the box, so a search can be shared as a link
 * and found again in the history; coming back from a result restores the scroll position.
 */
import { FEW, type SiteSearch } from './client.ts';
import { el, resultItem } from './render.ts';

export interface PageParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  chapter: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLElement;
  related: HTMLElement;
}

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join('');

export function attachPage(doc: Document, base: string, parts: PageParts, search: SiteSearch): void {
  const { form, input, chapter, status, results, related } = parts;
  const win = doc.defaultView!;
  const params = new URLSearchParams(doc.location.search);
  const pageTitle = doc.title;
  // Results arrive after this script and the index: the browser's own restoration would come too
  // early, so the position is kept in the history entry and restored once they are drawn.
  win.history.scrollRestoration = 'manual';
  const saved = (win.history.state as { y?: number } | null)?.y;
  let restoring = typeof saved === 'number';
  const restore = () => {
    if (!restoring) return;
    win.scrollTo(0, saved!);
    // Done once reached; else the related results still to come will make the room for it.
    if (Math.abs(win.scrollY - saved!) < 2) restoring = false;
  };
  const keep = () => win.history.replaceState({ ...(win.history.state as object), y: win.scrollY }, '');
  doc.addEventListener('click', (e) => {
    if ((e.target as Element).closest?.('a')) keep();
  });
  win.addEventListener('pagehide', keep);
  // Keep what the reader typed while this module was loading.
  input.value = params.get('q') ?? input.value;
  if (chapter.options.length <= 1)
    for (const [id, heading] of search.index.chapters) chapter.append(el(doc, 'option', { value: id }, heading));
  chapter.value = params.get('chapter') ?? '';
  let seq = 0;
  const showRelated = async (q: string, mine: number, exact: number) => {
    related.replaceChildren(el(doc, 'h2', {}, '相关结果'), el(doc, 'p', { class: 'sr-status' }, '正在查找…'));
    const found = await search.related(q, { chapter: chapter.value || undefined, limit: 8 });
    if (mine !== seq) return;
    // With no exact match the status line above has said so already: the note only says what these are.
    const note = exact ? '以下条目包含查询中的部分词语，但不包含完整的查询文字。' : '以下条目包含查询中的部分词语。';
    related.replaceChildren(
      el(doc, 'h2', {}, '相关结果'),
      el(doc, 'p', { class: 'sr-status' }, found.length ? note : exact ? '没有其他相关结果。' : '没有相关结果。'),
      el(doc, 'ol', { class: 'sr-list' }, ...found.map((r) => resultItem(doc, base, q, r))),
    );
    restore();
  };
  /** `typed`: while the reader types, the related results wait for a pause, not for every key. */
  const run = (typed = false) => {
    const mine = ++seq;
    const q = input.value.trim();
    const url = new URL(doc.location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    if (chapter.value) url.searchParams.set('chapter', chapter.value);
    win.history.replaceState(win.history.state, '', url);
    doc.title = q ? `“${q}” - ${pageTitle}` : pageTitle;
    related.replaceChildren();
    if (!q) {
      status.textContent = status.dataset.hint ?? '';
      results.replaceChildren();
      return;
    }
    const all = search.matches(q, { chapter: chapter.value || undefined });
    const where = chapter.value ? `（${chapter.selectedOptions[0]?.textContent ?? ''}）` : '';
    const words = all[0]?.terms ?? [];
    status.textContent =
      words.length > 1
        ? `没有包含“${q}”的条目${where}；${all.length} 条同时包含${quoted(words)}`
        : all.length
          ? `“${q}”${where}：${all.length} 条完全匹配`
          : `没有包含“${q}”的条目${where}`;
    results.replaceChildren(...all.map((m) => resultItem(doc, base, q, m)));
    if (all.length < FEW) {
      const show = () => mine === seq && void showRelated(q, mine, all.length);
      if (typed) win.setTimeout(show, 300);
      else show();
    } else {
      const button = el(doc, 'button', { type: 'button', class: 'sr-related-btn' }, '显示相关结果（含部分词语）');
      button.addEventListener('click', () => void showRelated(q, mine, all.length));
      related.replaceChildren(button);
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  input.addEventListener('input', () => {
    restoring = false;
    run(true);
  });
  chapter.addEventListener('change', () => {
    restoring = false;
    run();
  });
  run();
  restore();
}

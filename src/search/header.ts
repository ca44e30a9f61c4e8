/**
 * The header box (`#site-q`) as you type: the first exact matches in a panel under the box, and a
 * link to the full list on /search/. The form itself stays a plain GET to /search/ (Enter works
 * with or without this script).
 */
import { FEW, type SiteSearch } from './client.ts';
import { el, resultItem } from './render.ts';

const SHOWN = 8;
/** Related results in the panel: a few, under the exact ones. */
const RELATED = 5;

export function attachHeader(doc: Document, base: string, input: HTMLInputElement, load: () => Promise<SiteSearch>): void {
  const form = input.form!;
  const panel = el(doc, 'div', { class: 'sr-panel', id: 'site-q-results', role: 'region', 'aria-label': '搜索结果' });
  panel.hidden = true;
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  let seq = 0;
  const update = async () => {
    const mine = ++seq;
    const q = input.value;
    if (!q.trim()) {
      panel.hidden = true;
      return;
    }
    const search = await load();
    if (mine !== seq) return;
    const all = search.matches(q);
    const words = all[0]?.terms ?? [];
    const more = `${base}search/?q=${encodeURIComponent(q.trim())}`;
    const related = el(doc, 'section', { class: 'sr-related', 'aria-label': '相关结果' });
    panel.replaceChildren(
      el(
        doc,
        'p',
        { class: 'sr-status', role: 'status' },
        words.length > 1
          ? `${all.length} 条同时包含${words.map((w) => `“${w}”`).join('')}`
          : all.length
            ? `${all.length} 条完全匹配`
            : '没有完全匹配的条目',
      ),
      el(doc, 'ol', { class: 'sr-list' }, ...all.slice(0, SHOWN).map((m) => resultItem(doc, base, q, m))),
      related,
      el(
        doc,
        'a',
        { class: 'sr-more', href: more },
        all.length > SHOWN
          ? `查看全部 ${all.length} 条 →`
          : all.length
            ? '在搜索页按章节筛选、查看相关结果 →'
            : '在搜索页查看全部相关结果 →',
      ),
    );
    panel.hidden = false;
    // Few or no exact matches: the related ones too, once the reader pauses (each costs a download).
    if (all.length < FEW)
      setTimeout(() => {
        if (mine === seq)
          void search.related(q, { limit: RELATED }).then((found) => {
            if (mine !== seq || found.length === 0) return;
            related.replaceChildren(
              el(doc, 'h2', {}, '相关结果'),
              el(doc, 'p', { class: 'sr-status' }, '包含查询中的部分词语'),
              el(doc, 'ol', { class: 'sr-list' }, ...found.map((r) => resultItem(doc, base, q, r))),
            );
          });
      }, 300);
  };
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') panel.hidden = true;
    if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      panel.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  panel.addEventListener('keydown', (e) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(doc.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? links[i + 1] : links[i - 1];
      if (next) next.focus();
      else if (e.key === 'ArrowUp') input.focus();
    }
    if (e.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  doc.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && panel.hidden) void update();
  });
  if (input.value.trim()) void update();
}

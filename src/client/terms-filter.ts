/**
 * /terms/ filter, loaded by terms-mark.js on first use of the box (or with ?q=): shows only the terms
 * whose characters or pinyin contain the query. Each entry's term and pinyin come from
 * pinyin.json beside the page, in the order of the entries. Without scripts the form stays
 * hidden (CSS) and the full index with its letter links still works.
 */
import type { TermPinyin } from '../site/lib/term-groups.ts';

const d = document,
  form = d.querySelector<HTMLFormElement>('[data-terms-filter]');
if (form) {
  const input = form.querySelector('input')!,
    out = form.querySelector('output')!,
    none = d.querySelector<HTMLElement>('[data-terms-none]')!,
    entries = d.querySelectorAll<HTMLElement>('.group h3'),
    groups = d.querySelectorAll<HTMLElement>('.group'),
    words = fetch(new URL('pinyin.json', location.href)).then((r) => r.json() as Promise<TermPinyin[]>),
    run = () =>
      words.then((list) => {
        const q = input.value.trim().toLowerCase().replace(/\s+/g, '');
        let n = 0;
        entries.forEach((el, i) => {
          const [term, pinyin] = list[i] || ['', ''],
            hit = !q || term.toLowerCase().includes(q) || pinyin.split(' ').some((p) => p.includes(q));
          // An entry is its heading and what follows it up to the next heading (no wrapper).
          for (let e: Element | null = el; e && (e == el || e.tagName != 'H3'); e = e.nextElementSibling) (e as HTMLElement).hidden = !hit;
          if (hit) n++;
        });
        for (const g of groups) g.hidden = !g.querySelector('h3:not([hidden])');
        out.textContent = q ? n + ' 个术语' : '';
        none.hidden = n > 0;
      });
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', run);
  const q = new URLSearchParams(location.search).get('q');
  if (q && !input.value) input.value = q;
  if (input.value) run(); // typed, or asked for in the URL, before this file arrived
}

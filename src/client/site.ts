/**
 * Loaded by theme.js on the first interaction (or a search in the URL): the wide-screen TOC and its
 * current-unit marker (js/toc.js), terms.js on first use of a term link, search code on first focus of a search box, the
 * /terms/ page's script, the reading-mode menu's code on its first opening, the 复制引文 bar on the first selection of quotable text. It picks up the interaction that loaded it.
 * With a search in the URL it can arrive before the body is parsed (at once from a fast server or
 * the cache): then it waits for the body, or it would find no menu, box or link to wire up.
 */
const d = document,
  js = (d.currentScript as HTMLScriptElement).src;

function run(): void {
  const $ = <E extends Element = HTMLElement>(s: string) => d.querySelector<E>(s),
    /** A classic script beside this one, appended to <head>. */
    load = (name: string) => d.head.appendChild(Object.assign(d.createElement('script'), { src: new URL(name, js) })),
    filter = $<HTMLInputElement>('#term-q'),
    term = (a: HTMLAnchorElement | null | undefined) => {
      if (!a || window.termShow) return;
      boot ||= load('terms.js');
      boot.onload = () => window.termShow!(a);
    };
  let boot: HTMLScriptElement | undefined;
  if ($('.toc')) load('toc.js'); // the chapter TOC's measures and current-unit marker
  // Until terms.js is here, theme.js keeps a tap on a term from following the link and focuses it.
  for (const t of ['mouseover', 'focusin', 'click'])
    d.addEventListener(t, (e) => term((e.target as Element).closest?.<HTMLAnchorElement>('a.term')));
  term($<HTMLAnchorElement>('a.term:hover') || d.activeElement?.closest<HTMLAnchorElement>('a.term'));
  // Search code (js/search.js) loads on first focus of a search box, or on arrival with ?h=, or ?q=
  // (outside /terms/, where ?q= fills the filter).
  const search = () => import(new URL('search.js', js).href);
  if (/[?&]h=/.test(location.search) || (!filter && /[?&]q=/.test(location.search)) || $('#site-q:focus,#search-q:focus')) search();
  for (const q of d.querySelectorAll('#site-q,#search-q')) q.addEventListener('focus', search, { once: true });
  // /terms/: the marks of the terms in their excerpts (js/terms-mark.js), which also loads the
  // filter when it is used; kept out of this file, which every page loads.
  if (filter) load('terms-mark.js');
  // A page with quotable text (a permalink page's <article data-cite>, a chapter's units): the
  // 复制引文 bar (js/passage-tools.js) loads the first time text is selected in it, and the
  // permalink page's hint says it can be. Watched here, not by a script of its own: the chapter
  // pages' bytes before interaction have no room for one more file.
  const quotable = $('article[data-cite]') ?? $('.unit')?.closest('article'),
    selected = () => {
      const g = getSelection()!;
      if (g.isCollapsed || !quotable!.contains(g.anchorNode)) return;
      d.removeEventListener('selectionchange', selected);
      load('passage-tools.js');
    };
  if (quotable) {
    $('.passage-hint')?.removeAttribute('hidden');
    d.addEventListener('selectionchange', selected);
    selected(); // a selection made before this script arrived
  }
  // The reading-mode menu (ReadingModes.astro) builds itself from js/modes.js when first opened.
  const modes = $<HTMLDetailsElement>('details.modes'),
    menu = () => load('modes.js');
  if (modes?.open) menu();
  else modes?.addEventListener('toggle', menu, { once: true });
}

if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', run, { once: true });
else run();

/**
 * The reading-mode menu, built when it is first opened (site.js loads this file then), so pages
 * carry only its summary: theme, text size and contrast as native radio buttons and a checkbox,
 * applied to <html> at once and remembered (localStorage) for the next page. Its styles and the
 * modes' own are in modes.css beside this file: the panel appears once they have arrived.
 */
const d = document,
  r = d.documentElement,
  m = d.querySelector<HTMLDetailsElement>('.modes')!,
  /** storage key → data-* attribute on <html> */
  keys: Record<string, string> = { theme: 'theme', 'text-size': 'text', contrast: 'contrast' },
  here = (d.currentScript as HTMLScriptElement).src,
  panel = d.createElement('div'),
  get = (k: string) => {
    try {
      return localStorage.getItem(k) || '';
    } catch {
      return '';
    }
  },
  choice = (type: string, name: string, value: string, label: string) =>
    `<label><input type="${type}" name="${name}" value="${value}">${label}</label>`,
  ready = () => {
    m.append(panel);
    r.dataset['modes'] = 'ready';
  };
let link = d.querySelector<HTMLLinkElement>('link[href$="/modes.css"]');
panel.className = 'modes-panel';
panel.innerHTML =
  '<fieldset><legend>主题</legend>' +
  choice('radio', 'theme', '', '跟随系统') +
  choice('radio', 'theme', 'light', '浅色') +
  choice('radio', 'theme', 'dark', '深色') +
  '</fieldset><fieldset><legend>字号</legend>' +
  choice('radio', 'text-size', '', '标准') +
  choice('radio', 'text-size', 'l', '大') +
  choice('radio', 'text-size', 'xl', '特大') +
  '</fieldset><fieldset><legend>对比度</legend>' +
  choice('checkbox', 'contrast', 'more', '高对比度') +
  '</fieldset>';
for (const i of panel.querySelectorAll('input')) i.checked = get(i.name) === i.value;
if (link) ready();
else {
  link = d.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('modes.css', here).href;
  link.onload = link.onerror = ready;
  d.head.append(link);
}
panel.addEventListener('change', (e) => {
  const i = e.target as HTMLInputElement,
    v = i.type === 'checkbox' && !i.checked ? '' : i.value;
  r.dataset[keys[i.name]!] = v;
  try {
    if (v) localStorage.setItem(i.name, v);
    else localStorage.removeItem(i.name);
  } catch {
    // storage blocked: the mode holds on this page only
  }
});
d.addEventListener('click', (e) => {
  if (!m.contains(e.target as Node)) m.open = false;
});
d.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && m.open) {
    m.open = false;
    m.querySelector('summary')!.focus();
  }
});

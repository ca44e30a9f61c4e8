/**
 * Copy buttons (<CopyButton>): shown once this script runs, copying with or without the clipboard
 * API (src/site/lib/clipboard.ts). A GB/T 7714 reference names the day it was cited: today's, here.
 */
import { copyText } from '../site/lib/clipboard.ts';

const today = new Date(Date.now() - new Date().getTimezoneOffset() * 6e4).toISOString().slice(0, 10),
  dated = (s: string) => s.replace('[引用日期]', `[${today}]`);
for (const e of document.querySelectorAll('[data-cited]')) e.textContent = today;
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  b.hidden = false;
  b.onclick = () =>
    copyText(dated(b.dataset['copy']!)).then(() => {
      const s = b.lastElementChild!,
        was = s.textContent;
      s.textContent = '已复制';
      setTimeout(() => (s.textContent = was), 1500);
    });
}

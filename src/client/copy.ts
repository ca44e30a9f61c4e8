/** Copy buttons (<CopyButton>): shown only where the clipboard API is available. */
const c = navigator.clipboard;
if (c)
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    b.hidden = false;
    b.onclick = () =>
      c.writeText(b.dataset['copy']!).then(() => {
        const s = b.lastElementChild!,
          was = s.textContent;
        s.textContent = '已复制';
        setTimeout(() => (s.textContent = was), 1500);
      });
  }

// Copy buttons (<CopyButton>): shown only where the clipboard API is available.
if (navigator.clipboard)
  for (const b of document.querySelectorAll('[data-copy]')) {
    b.hidden = false;
    b.onclick = () =>
      navigator.clipboard.writeText(b.dataset.copy).then(() => {
        const s = b.lastElementChild,
          was = s.textContent;
        s.textContent = '已复制';
        setTimeout(() => (s.textContent = was), 1500);
      });
  }

// The reading-mode menu, built when it is first opened (site.js loads this file then), so pages
// carry only its summary: text size and contrast as native radio buttons and a checkbox, applied
// to <html> at once and remembered (localStorage) for the next page.
(function (d, r) {
  var m = d.querySelector('.modes'),
    keys = { 'text-size': 'text', contrast: 'contrast' },
    style = d.createElement('style'),
    panel = d.createElement('div');
  function get(k) {
    try {
      return localStorage.getItem(k) || '';
    } catch {
      return '';
    }
  }
  function choice(type, name, value, label) {
    return '<label><input type="' + type + '" name="' + name + '" value="' + value + '">' + label + '</label>';
  }
  style.textContent =
    '.modes-panel{position:absolute;right:0;z-index:30;width:max-content;max-width:calc(100vw - 2rem);margin-top:.4rem;' +
    'padding:.5rem 1rem .75rem;border:1px solid var(--fg);border-radius:.5rem;background:var(--bg);line-height:1.6}' +
    '.modes fieldset{border:0;margin:0;padding:.25rem 0}.modes legend{padding:0;font-weight:700}' +
    '.modes label{display:flex;gap:.5rem;align-items:center;padding:.2rem 0;cursor:pointer}' +
    '.modes input{width:1.1em;height:1.1em;margin:0;accent-color:var(--accent)}';
  d.head.append(style);
  panel.className = 'modes-panel';
  panel.innerHTML =
    '<fieldset><legend>字号</legend>' +
    choice('radio', 'text-size', '', '标准') +
    choice('radio', 'text-size', 'l', '大') +
    choice('radio', 'text-size', 'xl', '特大') +
    '</fieldset><fieldset><legend>对比度</legend>' +
    choice('checkbox', 'contrast', 'more', '高对比度') +
    '</fieldset>';
  m.append(panel);
  panel.querySelectorAll('input').forEach(function (i) {
    i.checked = get(i.name) === i.value;
  });
  panel.addEventListener('change', function (e) {
    var i = e.target,
      v = i.type === 'checkbox' && !i.checked ? '' : i.value;
    r.dataset[keys[i.name]] = v;
    try {
      if (v) localStorage.setItem(i.name, v);
      else localStorage.removeItem(i.name);
    } catch {}
  });
  d.addEventListener('click', function (e) {
    if (!m.contains(e.target)) m.open = false;
  });
  d.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && m.open) {
      m.open = false;
      m.querySelector('summary').focus();
    }
  });
  r.dataset.modes = 'ready';
})(document, document.documentElement);

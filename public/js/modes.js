// The reading-mode menu, built when it is first opened (site.js loads this file then), so pages
// carry only its summary: theme, text size and contrast as native radio buttons and a checkbox,
// applied to <html> at once and remembered (localStorage) for the next page. Its styles and the
// modes' own are in modes.css beside this file: the panel appears once they have arrived.
(function (d, r) {
  var m = d.querySelector('.modes'),
    // storage key → data-* attribute on <html>
    keys = { theme: 'theme', 'text-size': 'text', contrast: 'contrast' },
    here = d.currentScript.src,
    panel = d.createElement('div'),
    link = d.querySelector('link[href$="/modes.css"]');
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
  panel.querySelectorAll('input').forEach(function (i) {
    i.checked = get(i.name) === i.value;
  });
  function ready() {
    m.append(panel);
    r.dataset.modes = 'ready';
  }
  if (link) ready();
  else {
    link = d.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('modes.css', here);
    link.onload = link.onerror = ready;
    d.head.append(link);
  }
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
})(document, document.documentElement);

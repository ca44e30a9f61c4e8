// /terms/ filter: shows only the terms whose characters or pinyin contain the query. Without
// this script the form stays hidden and the full index with its letter links still works.
(function () {
  var d = document,
    form = d.querySelector('[data-terms-filter]');
  if (!form) return;
  var input = form.querySelector('input'),
    out = form.querySelector('output'),
    none = d.querySelector('[data-terms-none]'),
    entries = d.querySelectorAll('.entry'),
    groups = d.querySelectorAll('.group');
  form.hidden = false;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  function run() {
    var q = input.value.trim().toLowerCase().replace(/\s+/g, ''),
      n = 0;
    entries.forEach(function (el) {
      var hit =
        !q ||
        el.dataset.term.toLowerCase().indexOf(q) >= 0 ||
        el.dataset.py
          .replace(' ', '|')
          .split('|')
          .some(function (p) {
            return p.indexOf(q) >= 0;
          });
      el.hidden = !hit;
      if (hit) n++;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector('.entry:not([hidden])');
    });
    out.textContent = q ? n + ' 个术语' : '';
    none.hidden = n > 0;
  }
  input.addEventListener('input', run);
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    run();
  }
})();

// /terms/ filter, loaded by site.js on first use of the box (or with ?q=): shows only the terms
// whose characters or pinyin contain the query. Each entry's term and pinyin come from
// pinyin.json beside the page, in the order of the entries. Without scripts the form stays
// hidden (CSS) and the full index with its letter links still works.
(function () {
  var d = document,
    form = d.querySelector('[data-terms-filter]');
  if (!form) return;
  var input = form.querySelector('input'),
    out = form.querySelector('output'),
    none = d.querySelector('[data-terms-none]'),
    entries = d.querySelectorAll('.entry'),
    groups = d.querySelectorAll('.group'),
    words = fetch(new URL('pinyin.json', location.href)).then(function (r) {
      return r.json();
    });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  function run() {
    words.then(function (list) {
      var q = input.value.trim().toLowerCase().replace(/\s+/g, ''),
        n = 0;
      entries.forEach(function (el, i) {
        var w = list[i] || ['', ''],
          hit =
            !q ||
            w[0].toLowerCase().indexOf(q) >= 0 ||
            w[1].split(' ').some(function (p) {
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
    });
  }
  input.addEventListener('input', run);
  var q = new URLSearchParams(location.search).get('q');
  if (q && !input.value) input.value = q;
  if (input.value) run(); // typed, or asked for in the URL, before this file arrived
})();

/**
 * Inline script of the HTML report (no network, no library), for what CSS cannot do:
 * - a slot's toggle button opens its group (sentence pairs and drift reasons), `aria-expanded` kept in step;
 * - a link to a row (`#family-1/q-3`, `#family-1/q-3/2`) opens and shows it; on an index page, a link to a
 *   row of a family on another page goes on to that page;
 * - the filter form hides slot groups and contents rows that do not match (drift reason code, confidence
 *   below a threshold, text), marks and opens the sentence pairs below the threshold, and says how many
 *   are shown;
 * - sort buttons in the contents table's headers sort its rows (`aria-sort` kept in step).
 * Without script the groups are shown open and the form stays hidden.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  function all(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  doc.documentElement.classList.add('js');

  function setOpen(group, open) {
    group.classList.toggle('open', open);
    var button = group.querySelector('button.toggle');
    if (button) button.setAttribute('aria-expanded', String(open));
  }

  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id === '') return;
    var target = doc.getElementById(id);
    if (!target) {
      var family = id.split('/')[0];
      var link = all('a[data-family-page]').filter(function (a) { return a.getAttribute('data-family-page') === family; })[0];
      if (link) location.replace(link.getAttribute('href').split('#')[0] + '#' + location.hash.slice(1));
      return;
    }
    var group = target.closest('tbody.slot');
    if (group) {
      group.hidden = false;
      var section = group.closest('section.family');
      if (section) section.hidden = false;
      setOpen(group, true);
    }
    target.scrollIntoView({ block: 'start' });
  }

  var form = doc.querySelector('form.filters');
  var status = doc.querySelector('.filters .status');
  function filter() {
    var code = form.elements.code.value;
    var below = form.elements.below.value === '' ? NaN : Number(form.elements.below.value);
    var query = form.elements.q.value.trim().toLocaleLowerCase();
    var counts = {};
    all('[data-filter]').forEach(function (item) {
      var kind = item.getAttribute('data-filter');
      var count = counts[kind] || (counts[kind] = { shown: 0, total: 0 });
      var codes = (item.getAttribute('data-codes') || '').split(' ');
      var confidence = Number(item.getAttribute('data-confidence'));
      var match = (code === '' || codes.indexOf(code) !== -1) &&
        (isNaN(below) || (item.getAttribute('data-confidence') !== '' && confidence < below)) &&
        (query === '' || item.textContent.toLocaleLowerCase().indexOf(query) !== -1);
      item.hidden = !match;
      count.total++;
      if (match) count.shown++;
      var low = all('tr.pair', item).filter(function (row) {
        var under = !isNaN(below) && Number(row.getAttribute('data-confidence')) < below;
        row.classList.toggle('low', under);
        return under;
      });
      if (match && low.length > 0) setOpen(item, true);
    });
    var active = code !== '' || !isNaN(below) || query !== '';
    all('section.family').forEach(function (section) {
      section.hidden = active && !section.querySelector('tbody.slot:not([hidden])');
    });
    status.textContent = Object.keys(counts).map(function (kind) {
      return counts[kind].shown + ' of ' + counts[kind].total + ' ' + kind + 's shown';
    }).join(', ');
  }

  function sort(button) {
    var th = button.closest('th');
    var table = th.closest('table');
    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = th.hasAttribute('data-numeric');
    all('th[aria-sort]', table).forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var value = row.cells[column].getAttribute('data-value') || '';
      return numeric ? (value === '' ? -1 : Number(value)) : value;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = x < y ? -1 : x > y ? 1 : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  doc.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button') : null;
    if (!button) return;
    if (button.classList.contains('toggle')) setOpen(button.closest('tbody'), button.getAttribute('aria-expanded') !== 'true');
    else if (button.hasAttribute('data-expand')) {
      var open = button.getAttribute('data-expand') === 'open';
      all('tbody.slot').forEach(function (group) { if (group.querySelector('button.toggle')) setOpen(group, open); });
    } else if (button.hasAttribute('data-sort')) sort(button);
  });
  if (form) {
    form.hidden = false;
    form.addEventListener('input', filter);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    filter();
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
`

/* Dossier search, the page: results as you type, filters, highlighted snippets and the keyboard, over the engine
   of search-engine.js and the index under assets/search/ (its manifest is loaded before this script). */
(function () {
  'use strict';
  var engine = window.DossierSearch && window.DossierSearch.engine;
  var form = document.getElementById('search-page-form');
  var input = document.getElementById('search-page-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var moreWrap = document.getElementById('search-more-wrap');
  var more = document.getElementById('search-more');
  var filters = { kind: document.getElementById('search-kind'), topic: document.getElementById('search-topic'), outlet: document.getElementById('search-outlet') };
  var root = document.body.getAttribute('data-root') || '';
  // Ten at a time: each result shown loads its parts of the index (docs-N.js, snippets-N.js).
  var pageSize = 10;
  var snippetRadius = 90;
  var KIND_NAMES = { Article: 'articles', Topic: 'topics', Entity: 'people, organisations and places', Claim: 'claims', Event: 'events' };

  if (!engine || !engine.manifest) {
    status.textContent = 'The search index is missing: rebuild the site.';
    return;
  }
  var manifest = engine.manifest;

  function option(select, value, label) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }
  manifest.kinds.forEach(function (k) { if (k[2] > k[1]) option(filters.kind, k[0], KIND_NAMES[k[0]] || k[0]); });
  manifest.topics.forEach(function (t) { option(filters.topic, t[0], t[1]); });
  manifest.outlets.forEach(function (o) { option(filters.outlet, o[0], o[1]); });
  document.getElementById('search-filters').hidden = false;

  function address() {
    try { return new URLSearchParams(window.location.search); } catch (e) { return { get: function () { return null; } }; }
  }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  // Matches any of the terms in a text as the reader sees it: a term is folded, the text is not, so each letter
  // of a term stands for the letters that fold to it.
  function pattern(terms) {
    var folded = {};
    var table = manifest.fold;
    for (var i = 0; i < table[1].length; i++) {
      var base = table[1].charAt(i).toLowerCase();
      (folded[base] = folded[base] || []).push(String.fromCharCode(table[0] + i));
    }
    var words = terms.filter(function (t) { return t.length > 0; }).sort(function (a, b) { return b.length - a.length; }).map(function (t) {
      return t.split('').map(function (c) {
        var alike = (folded[c] || []).filter(function (x) { return x.toLowerCase() !== c; });
        return alike.length ? '[' + escapeRegExp(c) + alike.join('') + ']' : escapeRegExp(c);
      }).join('');
    });
    return words.length ? new RegExp('(?<![\\p{L}\\p{M}\\p{Nd}])(' + words.join('|') + ')', 'giu') : null;
  }

  function highlighted(element, text, re) {
    if (!re) { element.appendChild(document.createTextNode(text)); return; }
    var last = 0;
    re.lastIndex = 0;
    text.replace(re, function (match, group, offset) {
      if (offset > last) element.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      element.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    if (last < text.length) element.appendChild(document.createTextNode(text.slice(last)));
  }

  // The part of the summary or excerpt around the first match, or the start of whichever there is.
  function snippet(result, re) {
    var texts = [result.summary, result.excerpt, result.names && 'Also called ' + result.names].filter(Boolean);
    for (var i = 0; i < texts.length && re; i++) {
      re.lastIndex = 0;
      var found = re.exec(texts[i]);
      if (found) return around(texts[i], found.index);
    }
    return texts.length ? around(texts[0], 0) : '';
  }

  function around(text, at) {
    var start = Math.max(0, at - snippetRadius), end = Math.min(text.length, at + snippetRadius * 2);
    if (start > 0) { var space = text.indexOf(' ', start); if (space > 0 && space < at) start = space + 1; }
    // Cut at a space, not inside a word.
    if (end < text.length) { var last = text.lastIndexOf(' ', end); if (last > at) end = last; }
    return (start > 0 ? '… ' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length && text.slice(end).trim() !== '…' ? ' …' : '');
  }

  function item(result, re) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = root + result.url;
    highlighted(link, result.title, re);
    heading.appendChild(link);
    var kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = result.kind;
    heading.appendChild(document.createTextNode(' '));
    heading.appendChild(kind);
    li.appendChild(heading);
    var meta = [result.outlet, result.date].filter(Boolean).join(' · ');
    if (meta) {
      var m = document.createElement('p');
      m.className = 'meta';
      m.textContent = meta;
      li.appendChild(m);
    }
    var text = snippet(result, re);
    if (text) {
      var p = document.createElement('p');
      p.className = 'snippet';
      highlighted(p, text, re);
      li.appendChild(p);
    }
    return li;
  }

  var current = null; // the last answer: { query, answer, shown }
  var generation = 0;

  // ↓ from the box goes to the first result; ↑ and ↓ move between results, and ↑ from the first goes back to the
  // box. Enter follows the result's link, as any link does.
  function move(by) {
    var links = Array.prototype.slice.call(list.querySelectorAll('li h2 a'));
    var at = links.indexOf(document.activeElement);
    var next = at + by;
    if (next < 0) { input.focus(); return; }
    if (next < links.length) links[next].focus();
  }

  function count(n) { return n.toLocaleString('en'); }

  function describeStatus(query, answer, shown) {
    if (answer.total === 0) {
      var help = 'No results for “' + query + '”. Check the spelling, try fewer or shorter words';
      var filtered = filters.kind.value || filters.topic.value || filters.outlet.value;
      return help + (filtered ? ', or show all kinds, topics and outlets.' : '.');
    }
    var text = count(answer.total) + (answer.total === 1 ? ' result' : ' results') + ' for “' + query + '”';
    if (answer.partial) text += ': no page has all the words, so these have some of them';
    return text + (shown < answer.total ? ', the first ' + count(shown) + ' shown.' : '.');
  }

  function show(query, answer, from) {
    var ids = answer.page(from, pageSize);
    var mine = generation;
    return Promise.all(ids.map(function (id) { return engine.describe(id, true); })).then(function (results) {
      if (mine !== generation) return;
      var re = pattern(answer.terms.concat(answer.words));
      results.forEach(function (r) { list.appendChild(item(r, re)); });
      current.shown = from + results.length;
      status.textContent = describeStatus(query, answer, current.shown);
      moreWrap.hidden = current.shown >= answer.total;
      // For the benchmark and the tests: which query the list now answers, and when it did.
      list.setAttribute('data-rendered-at', performance.now().toFixed(1));
      list.setAttribute('data-query', query);
    });
  }

  // While typing, a last word of one or two letters after other words waits for its third letter (or a space, or
  // Enter): it would stand for thousands of terms, and load parts of the index the next letter does not need.
  function typing(query) {
    var open = (query.match(/["“”„«»]/g) || []).length % 2 === 1;
    return open ? query : query.replace(/(\S)\s+[^\s"“”„«»]{1,2}$/, '$1');
  }

  function run(typed) {
    var query = input.value.trim();
    var asked = typed ? typing(query) : query;
    var mine = ++generation;
    if (!query) {
      list.textContent = '';
      moreWrap.hidden = true;
      status.textContent = 'Type words to search the articles, topics, people, organisations, places, claims and events.';
      list.setAttribute('data-query', '');
      return;
    }
    var chosen = { kind: filters.kind.value, topic: filters.topic.value, outlet: filters.outlet.value };
    engine.search(asked, chosen).then(function (answer) {
      if (mine !== generation) return;
      list.textContent = '';
      current = { query: query, answer: answer, shown: 0 };
      return show(query, answer, 0);
    }).catch(function (e) {
      if (mine === generation) status.textContent = 'Search failed: ' + e.message;
    });
  }

  function remember() {
    var parts = ['q=' + encodeURIComponent(input.value)];
    ['kind', 'topic', 'outlet'].forEach(function (f) { if (filters[f].value) parts.push(f + '=' + encodeURIComponent(filters[f].value)); });
    try { history.replaceState(null, '', '?' + parts.join('&')); } catch (e) { /* file:// may refuse */ }
  }

  // Every keystroke searches at once: an answer that comes after a newer query's is dropped (generation).
  input.addEventListener('input', function () {
    // A trailing space ends the last word: it is searched at once.
    run(!/\s$/.test(input.value));
    remember();
  });
  ['kind', 'topic', 'outlet'].forEach(function (f) {
    filters[f].addEventListener('change', function () { run(); remember(); });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
    remember();
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
  });
  list.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
  });
  more.addEventListener('click', function () {
    if (current) show(current.query, current.answer, current.shown);
  });

  var given = address();
  input.value = given.get('q') || '';
  ['kind', 'topic', 'outlet'].forEach(function (f) { var v = given.get(f); if (v) filters[f].value = v; });
  run();
})();

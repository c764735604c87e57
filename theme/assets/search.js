/* Dossier search: MiniSearch over the parts of the index (assets/search-index-N.js), each a script that
   adds its documents to window.DossierSearchParts, all in the page, so it works from file:// with no server and no fetch. */
(function () {
  'use strict';
  // Document ids run on from part to part, so the parts joined in order are indexed by id.
  var data = [].concat.apply([], window.DossierSearchParts || []);
  var form = document.getElementById('search-page-form');
  var input = document.getElementById('search-page-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var root = document.body.getAttribute('data-root') || '';
  var maxResults = 50;
  var snippetRadius = 90;

  var index = new MiniSearch({
    fields: ['title', 'names', 'text'],
    storeFields: [],
    searchOptions: {
      boost: { title: 3, names: 2 },
      prefix: true,
      fuzzy: function (term) { return term.length > 4 ? 0.2 : false; },
      combineWith: 'AND'
    }
  });
  var ready = false;

  function queryFromAddress() {
    try { return new URLSearchParams(window.location.search).get('q') || ''; } catch (e) { return ''; }
  }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  function termPattern(terms) {
    var words = terms.filter(function (t) { return t.length > 0; })
      .sort(function (a, b) { return b.length - a.length; }).map(escapeRegExp);
    return words.length ? new RegExp('(' + words.join('|') + ')', 'gi') : null;
  }

  // Appends text to an element with every match of the pattern wrapped in <mark>.
  function appendHighlighted(element, text, pattern) {
    if (!pattern) { element.appendChild(document.createTextNode(text)); return; }
    var last = 0;
    text.replace(pattern, function (match, group, offset) {
      if (offset > last) element.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = match;
      element.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    if (last < text.length) element.appendChild(document.createTextNode(text.slice(last)));
  }

  function snippet(text, pattern) {
    if (!text) return '';
    var at = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var found = pattern.exec(text);
      if (found) at = found.index;
      pattern.lastIndex = 0;
    }
    var start = Math.max(0, at - snippetRadius);
    var end = Math.min(text.length, at + snippetRadius * 2);
    if (start > 0) { var space = text.indexOf(' ', start); if (space > 0 && space < at) start = space + 1; }
    return (start > 0 ? '… ' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? ' …' : '');
  }

  function render(query) {
    if (!ready) return;
    list.textContent = '';
    query = query.trim();
    if (!query) {
      status.textContent = 'Type words to search the articles, topics, people, organisations, places, claims and events.';
      return;
    }
    var results = index.search(query);
    var words = query.split(/\s+/);
    status.textContent = results.length === 0
      ? 'No results for “' + query + '”.'
      : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”' +
        (results.length > maxResults ? ', the first ' + maxResults + ' shown.' : '.');
    results.slice(0, maxResults).forEach(function (result) {
      var doc = data[result.id];
      var pattern = termPattern(result.terms.concat(words));
      var item = document.createElement('li');
      item.className = 'search-result';
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = root + doc.url;
      appendHighlighted(link, doc.title, pattern);
      heading.appendChild(link);
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = doc.kind;
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(kind);
      item.appendChild(heading);
      var text = snippet(doc.text, pattern) || doc.names;
      if (text) {
        var p = document.createElement('p');
        p.className = 'snippet';
        appendHighlighted(p, text, pattern);
        item.appendChild(p);
      }
      list.appendChild(item);
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      render(input.value);
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* file:// may refuse */ }
    }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    render(input.value);
  });

  input.value = queryFromAddress();
  // A large dossier takes a while to index; doing it in chunks keeps the page responsive meanwhile.
  status.textContent = 'Preparing the search index (' + data.length + ' items)…';
  index.addAllAsync(data, { chunkSize: 500 }).then(function () {
    ready = true;
    render(input.value);
  });
})();

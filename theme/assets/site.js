/* Dossier: small enhancements for every page. The site works without this file. */
(function () {
  'use strict';
  // "/" focuses the search box, unless the reader is typing somewhere already.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById('search-page-input') || document.getElementById('search-input');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // The ¶ link of each paragraph, list item and block of an article, to copy a link to it. Made here rather than
  // written into the page: at about 70 bytes each, they were the largest part of a long article's page beyond
  // its text. Without this script the paragraphs keep their ids, and links to them still work.
  var anchored = document.querySelectorAll('.article-body > p[id^="p"], .article-body > div.block[id^="p"], .article-body > .body-list > li[id^="p"]');
  for (var i = 0; i < anchored.length; i++) {
    var block = anchored[i];
    var pilcrow = document.createElement('a');
    pilcrow.className = 'pilcrow';
    pilcrow.href = '#' + block.id;
    pilcrow.setAttribute('aria-label', block.tagName === 'P' ? 'Link to paragraph ' + block.id
      : block.tagName === 'LI' ? 'Link to this item' : 'Link to this block');
    pilcrow.textContent = '\u00b6';
    // In a list item the editor's notes follow the text: the link goes before them.
    var note = block.querySelector(':scope > aside.note');
    block.insertBefore(document.createTextNode(' '), note);
    block.insertBefore(pilcrow, note);
  }

  // Link previews of entity, topic and article pages. They live in a few shared scripts, assets/previews/N.js,
  // each holding the previews of the pages whose path hashes to N (FNV-1a, as the build computes it). The script
  // of a link's target is added on the first hover or focus of such a link; hovering (after a short pause) or
  // focusing shows the card, moving away, blurring or Escape hides it. Nothing is fetched: it works from file://.
  var files = parseInt(document.body.getAttribute('data-previews') || '0', 10);
  if (!files) return;
  var root = new URL(document.body.getAttribute('data-root') || './', window.location.href).href;
  var cards = {};
  var scripts = {};
  window.DossierPreviews = { add: function (entries) { for (var path in entries) cards[path] = entries[path]; } };

  function fileOf(path) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
    return hash % files;
  }

  // The site path of the page a link leads to, or null when it leaves the site.
  function targetOf(link) {
    var href = link.getAttribute('href');
    if (!href) return null;
    var target = new URL(href, window.location.href).href.split('#')[0];
    if (target.indexOf(root) !== 0) return null;
    return decodeURIComponent(target.slice(root.length));
  }

  // Calls back once the previews file of the path is loaded; false when the path can have no preview.
  function withPreviews(path, then) {
    if (!/^(entities|topics|articles)\//.test(path)) return false;
    var n = fileOf(path);
    var entry = scripts[n];
    if (!entry) {
      entry = scripts[n] = { loaded: false, waiting: [] };
      var script = document.createElement('script');
      script.src = root + 'assets/previews/' + n + '.js';
      script.onload = function () {
        entry.loaded = true;
        entry.waiting.forEach(function (f) { f(); });
        entry.waiting = [];
      };
      document.head.appendChild(script);
    }
    if (entry.loaded) then(); else entry.waiting.push(then);
    return true;
  }

  function cardFor(link) {
    var path = targetOf(link);
    return path === null ? null : cards[path] || null;
  }

  function line(className, text) {
    var p = document.createElement('p');
    if (className) p.className = className;
    p.textContent = text;
    return p;
  }

  var tip = document.createElement('div');
  tip.className = 'link-preview';
  tip.id = 'link-preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  var current = null;
  var timer = null;

  function cardFor(link) {
    var href = link.getAttribute('href');
    if (!href) return null;
    var target = new URL(href, window.location.href).href.split('#')[0];
    if (target.indexOf(root) !== 0) return null;
    return cards[decodeURIComponent(target.slice(root.length))] || null;
  }

  function show(link) {
    var card = cardFor(link);
    if (!card) return;
    if (current && current !== link) hide();
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    tip.appendChild(line('preview-kind', card[0]));
    tip.appendChild(line('preview-title', card[1]));
    if (card[2] !== null) tip.appendChild(line('preview-meta', card[2]));
    if (card[3]) tip.appendChild(line('', card[3]));
    tip.hidden = false;
    var box = link.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (box.bottom + window.scrollY + 6) + 'px';
    link.setAttribute('aria-describedby', tip.id);
    current = link;
  }

  function hide() {
    clearTimeout(timer);
    if (!current) return;
    current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  }

  function linkOf(node) {
    return node && node.closest ? node.closest('a[href]') : null;
  }

  // Shows the link's card once its previews are loaded, if it is still the link the reader is on.
  function showWhenLoaded(link, stillWanted) {
    var path = targetOf(link);
    return path !== null && withPreviews(path, function () { if (stillWanted()) show(link); });
  }

  var pointed = null;
  document.addEventListener('mouseover', function (event) {
    var link = linkOf(event.target);
    if (!link || link === current) return;
    clearTimeout(timer);
    pointed = link;
    timer = setTimeout(function () { showWhenLoaded(link, function () { return pointed === link; }); }, 250);
  });
  document.addEventListener('mouseout', function (event) {
    var link = linkOf(event.target);
    var to = event.relatedTarget;
    if (to && (tip.contains(to) || (link && link.contains(to)))) return;
    if (link) { clearTimeout(timer); pointed = null; }
    if (link === current || tip.contains(event.target)) hide();
  });
  document.addEventListener('focusin', function (event) {
    var link = linkOf(event.target);
    if (!link) { hide(); return; }
    if (current && current !== link) hide();
    showWhenLoaded(link, function () { return document.activeElement === link; });
  });
  document.addEventListener('focusout', function (event) {
    if (linkOf(event.target) === current) hide();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
})();

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

  // Link previews: the page carries, in <template id="link-previews">, a card for each entity, topic and
  // article it links to. Hovering over such a link (after a short pause) or focusing it shows the card;
  // moving away, blurring or Escape hides it. Nothing is fetched, so it works from file:// too.
  var store = document.getElementById('link-previews');
  if (!store || !('content' in store)) return;
  var cards = {};
  Array.prototype.forEach.call(store.content.querySelectorAll('[data-path]'), function (card) {
    cards[card.getAttribute('data-path')] = card;
  });
  var root = new URL(document.body.getAttribute('data-root') || './', window.location.href).href;
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
    Array.prototype.forEach.call(card.childNodes, function (node) { tip.appendChild(node.cloneNode(true)); });
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

  document.addEventListener('mouseover', function (event) {
    var link = linkOf(event.target);
    if (!link || link === current || !cardFor(link)) return;
    clearTimeout(timer);
    timer = setTimeout(function () { show(link); }, 250);
  });
  document.addEventListener('mouseout', function (event) {
    var link = linkOf(event.target);
    var to = event.relatedTarget;
    if (to && (tip.contains(to) || (link && link.contains(to)))) return;
    if (link) clearTimeout(timer);
    if (link === current || tip.contains(event.target)) hide();
  });
  document.addEventListener('focusin', function (event) {
    var link = linkOf(event.target);
    if (link) show(link); else hide();
  });
  document.addEventListener('focusout', function (event) {
    if (linkOf(event.target) === current) hide();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
})();

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
})();

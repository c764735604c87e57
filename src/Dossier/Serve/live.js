/* Dossier preview: reloads the page after each good rebuild, and shows the errors of a bad one over the
   page, which keeps showing the last good site. Served only by `dossier serve`, never part of a build. */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script.src.replace(/__dossier\/live\.js.*$/, '');
  var version = null;
  var overlay = null;

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function show(report) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'dossier-error-overlay';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'dossier-error-title');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;' +
      'font:14px/1.5 ui-monospace,monospace;padding:2rem';
    var title = document.createElement('h2');
    title.id = 'dossier-error-title';
    title.style.cssText = 'font:700 18px system-ui,sans-serif;color:#ff9e80;margin:0 0 1rem';
    title.textContent = report.count + (report.count === 1 ? ' error' : ' errors') + ' — the preview shows the last good build';
    var pre = document.createElement('pre');
    pre.style.cssText = 'white-space:pre-wrap;margin:0';
    pre.textContent = report.text;
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide until the next build';
    close.style.cssText = 'margin-top:1.5rem;font:inherit;padding:.4rem .8rem';
    close.addEventListener('click', hide);
    overlay.appendChild(title);
    overlay.appendChild(pre);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
    close.focus();
  }

  var events = new EventSource(base + '__dossier/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (version !== null && state.version !== version) { window.location.reload(); return; }
    version = state.version;
    document.documentElement.setAttribute('data-dossier-preview', 'connected');
    if (state.errors) show(state.errors); else hide();
  });
})();

// A page's tabs: the sections marked data-tab, one shown at a time, chosen by the address's
// #tab-<name> so that a reload, a link or the back button keeps the tab. Without script every
// section shows, one below the other.
(function () {
  function show(name) {
    var panels = document.querySelectorAll('[data-tab]');
    if (!panels.length) {
      return;
    }
    var known = Array.prototype.some.call(panels, function (p) {
      return p.getAttribute('data-tab') === name;
    });
    var chosen = known ? name : panels[0].getAttribute('data-tab');
    panels.forEach(function (p) {
      p.hidden = p.getAttribute('data-tab') !== chosen;
    });
    document.querySelectorAll('[data-tab-link]').forEach(function (link) {
      var on = link.getAttribute('data-tab-link') === chosen;
      link.classList.toggle('bc-tab-on', on);
      link.setAttribute('aria-selected', on ? 'true' : 'false');
    });
  }

  function fromAddress() {
    show(window.location.hash.replace(/^#tab-/, ''));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fromAddress);
  } else {
    fromAddress();
  }
  window.addEventListener('hashchange', fromAddress);
})();

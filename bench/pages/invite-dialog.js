// The invite dialog as LinkedIn mounts it, for the benchmark pages (served at
// https://www.linkedin.com/__bench/invite-dialog.js). Markup after the reference pages in
// /work/shared/linkedin/fixtures: invite-modal-classic.html (light DOM under #artdeco-modal-outlet,
// U1/S16) and invite-modal-2025.html (the same artdeco dialog inside the open shadow root of
// #interop-outlet, U2/S15). Ember ids rotate on every mount, as on LinkedIn.
(function () {
  'use strict';
  var NAMES = ['Maya Lindqvist', 'Jordan Blake', 'Ana Souza', 'Tomasz Nowak', 'Lea Fischer', 'Omar Haddad'];
  var emberId = 900;
  var tpl = document.createElement('template');
  tpl.innerHTML =
    '<div data-test-modal="" role="dialog" tabindex="-1" class="artdeco-modal artdeco-modal--layer-default send-invite" size="medium" aria-labelledby="send-invite-modal">' +
    '<span class="a11y-text">Dialog content start.</span>' +
    '<button aria-label="Dismiss" class="artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view artdeco-modal__dismiss" data-test-modal-close-btn="">' +
    '<svg role="none" aria-hidden="true" class="artdeco-button__icon" width="24" height="24" viewBox="0 0 24 24" data-test-icon="close-medium"><use href="#close-medium" width="24" height="24"></use></svg>' +
    '<span class="artdeco-button__text"></span></button>' +
    '<div class="artdeco-modal__header ember-view"><h2 id="send-invite-modal">Add a note to your invitation?</h2></div>' +
    '<div class="artdeco-modal__content ember-view"><p class="display-flex"><span class="flex-1">Personalize your invitation to <strong></strong> by adding a note. LinkedIn members are more likely to accept invitations that include a note.</span></p></div>' +
    '<div class="artdeco-modal__actionbar ember-view text-align-right">' +
    '<button aria-label="Add a note" class="artdeco-button artdeco-button--2 artdeco-button--secondary ember-view mr1"><span class="artdeco-button__text">Add a note</span></button>' +
    '<button aria-label="Send without a note" class="artdeco-button artdeco-button--2 artdeco-button--primary ember-view ml1"><span class="artdeco-button__text">Send without a note</span></button>' +
    '</div><span class="a11y-text">Dialog content end.</span></div>';

  function interopRoot() {
    var host = document.getElementById('interop-outlet');
    return host.shadowRoot || host.attachShadow({ mode: 'open' });
  }

  /**
   * Builds a dialog, not yet mounted. mount: 'light' | 'shadow'. Returns the node to insert, the
   * parent to insert it into, and the "Send without a note" button.
   */
  function build(mount, n) {
    var dialog = tpl.content.firstChild.cloneNode(true);
    dialog.querySelector('strong').textContent = NAMES[n % NAMES.length];
    dialog.querySelectorAll('button, .ember-view').forEach(function (el) {
      if (el.classList.contains('ember-view')) el.id = 'ember' + emberId++;
    });
    var node = dialog;
    var parent;
    if (mount === 'light') {
      node = document.createElement('div');
      node.setAttribute('data-test-modal-container', '');
      node.setAttribute('data-test-modal-id', 'send-invite-modal');
      node.setAttribute('aria-hidden', 'false');
      node.id = 'ember' + emberId++;
      node.className = 'artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer ember-view';
      node.appendChild(dialog);
      parent = document.getElementById('artdeco-modal-outlet');
    } else {
      parent = interopRoot();
    }
    return {
      node: node,
      parent: parent,
      send: dialog.querySelector('button[aria-label="Send without a note"]'),
      open: function () { parent.appendChild(node); },
      close: function () { node.remove(); },
    };
  }

  window.__benchDialog = { build: build, interopRoot: interopRoot };
})();

// Reference (a) for the benchmark: the way many LinkedIn extensions watch for the invite dialog.
// A subtree MutationObserver on the whole document; on EVERY batch it queries the document (and the
// #interop-outlet shadow root, which it also starts observing once it sees it) for the dialog and
// arms a capture-phase click blocker on "Send without a note". It honestly tries to guard: the
// blocker is attached as soon as the observer's microtask runs after the dialog is inserted.
(() => {
  const DIALOG = 'div.send-invite[role="dialog"]';
  const SEND = 'button[aria-label="Send without a note"]';
  const armed = new WeakSet();
  const watched = new WeakSet();

  function block(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function guardIn(root) {
    const dialog = root.querySelector(DIALOG);
    if (!dialog) return;
    const send = dialog.querySelector(SEND);
    if (send && !armed.has(send)) {
      armed.add(send);
      send.addEventListener('click', block, true);
    }
  }

  function scan() {
    guardIn(document);
    const host = document.getElementById('interop-outlet');
    const shadow = host && host.shadowRoot;
    if (shadow) {
      // A document observer does not see into shadow roots, so observe the overlay root too.
      if (!watched.has(shadow)) {
        watched.add(shadow);
        observer.observe(shadow, { childList: true, subtree: true });
      }
      guardIn(shadow);
    }
  }

  const observer = new MutationObserver(scan);
  observer.observe(document, { childList: true, subtree: true });
})();

// Reference (b) for the benchmark: the other common way LinkedIn extensions find the invite dialog.
// Every 500 ms it queries the document and the #interop-outlet shadow root for the dialog and arms
// a capture-phase click blocker on "Send without a note". Cheap, but a click that lands before the
// next tick goes through unguarded.
(() => {
  const DIALOG = 'div.send-invite[role="dialog"]';
  const SEND = 'button[aria-label="Send without a note"]';
  const armed = new WeakSet();

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

  setInterval(() => {
    guardIn(document);
    const host = document.getElementById('interop-outlet');
    if (host && host.shadowRoot) guardIn(host.shadowRoot);
  }, 500);
})();

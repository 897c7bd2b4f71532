/*
 * On Purpose — LinkedIn playground simulator.
 *
 * Appended to every fixture page by scripts/lib/browser.mjs (routePlayground). Plain browser JS in the
 * page's main world: no modules, no build. It imitates ONLY LinkedIn's observable reactions, generically
 * over the markup (never per fixture), so the built extension can be tested against static pages:
 *   - Connect controls open the invite dialog (light DOM or #interop-outlet's shadow root);
 *   - "Add a note" turns step 1 into the note step; its counter and Send react ONLY to real input/keyup
 *     events (like Ember's TextArea), never to a bare `.value =`;
 *   - Send / Send without a note / one-click Connect / composer Send / Accept / Ignore RECORD what LinkedIn
 *     would have done into <ol id="playground-log" hidden> and window.playground.log(), so tests can assert
 *     exactly what was sent — and that nothing was.
 * Contract: tests/fixtures/linkedin/README.md ("Simulator contract"). It must never throw into the page.
 */
(function () {
  'use strict';
  var D = document;
  var W = window;

  function safe(fn) {
    return function () {
      try { return fn.apply(this, arguments); } catch (e) { try { console.warn('[playground]', e); } catch (_) { /* ignore */ } }
      return undefined;
    };
  }
  function txt(el) { return el ? String(el.textContent || '').replace(/\s+/g, ' ').trim() : ''; }
  function label(el) { return el ? String(el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim() || txt(el) : ''; }
  function cls(el, c) { return !!(el && el.classList && el.classList.contains(c)); }

  // ---------------------------------------------------------------- locale tables (page language)
  var LANG = String(D.documentElement.getAttribute('lang') || 'en').slice(0, 2).toLowerCase();
  var T = {
    en: { h: 'Add a note to your invitation', hint: 'Please limit personal note to {n} characters.', lead: 'LinkedIn members are more likely to accept invitations that include a personal note.', ph: 'Ex: We know each other from…', cancelA: 'Cancel adding a note', cancel: 'Cancel', sendA: 'Send invitation', send: 'Send', sent: 'Your invitation to {name} was sent.', sent0: 'Invitation sent', pending: 'Pending', pendingA: 'Pending, click to withdraw invitation sent to {name}', msgs: 'Messaging', write: 'Write a message…', close: 'Close your conversation with {name}' },
    de: { h: 'Ihrer Einladung eine Notiz hinzufügen', hint: 'Die persönliche Notiz darf maximal {n} Zeichen lang sein.', lead: 'LinkedIn Mitglieder nehmen Einladungen mit einer persönlichen Notiz eher an.', ph: 'Beispiel: Wir kennen uns von …', cancelA: 'Hinzufügen einer Notiz abbrechen', cancel: 'Abbrechen', sendA: 'Einladung senden', send: 'Senden', sent: 'Ihre Einladung an {name} wurde gesendet.', sent0: 'Einladung gesendet', pending: 'Ausstehend', pendingA: 'Ausstehend, klicken Sie, um die an {name} gesendete Einladung zurückzuziehen', msgs: 'Nachrichten', write: 'Nachricht verfassen…', close: 'Unterhaltung mit {name} schließen' },
    pl: { h: 'Dodaj notatkę do zaproszenia', hint: 'Ogranicz notatkę osobistą do {n} znaków.', lead: 'Członkowie LinkedIn częściej akceptują zaproszenia zawierające notatkę osobistą.', ph: 'Np. Znamy się z…', cancelA: 'Anuluj dodawanie notatki', cancel: 'Anuluj', sendA: 'Wyślij zaproszenie', send: 'Wyślij', sent: 'Zaproszenie do użytkownika {name} zostało wysłane.', sent0: 'Zaproszenie wysłane', pending: 'W toku', pendingA: 'W toku; kliknij, aby wycofać zaproszenie wysłane do użytkownika {name}', msgs: 'Wiadomości', write: 'Napisz wiadomość…', close: 'Zamknij rozmowę z użytkownikiem {name}' },
    fr: { h: 'Ajouter une note à votre invitation', hint: 'Veuillez limiter la note personnelle à {n} caractères.', lead: 'Les membres LinkedIn sont plus susceptibles d’accepter les invitations qui incluent une note personnelle.', ph: 'Ex : Nous nous connaissons par…', cancelA: 'Annuler l’ajout d’une note', cancel: 'Annuler', sendA: 'Envoyer l’invitation', send: 'Envoyer', sent: 'Votre invitation à {name} a été envoyée.', sent0: 'Invitation envoyée', pending: 'En attente', pendingA: 'En attente, cliquez pour retirer l’invitation envoyée à {name}', msgs: 'Messagerie', write: 'Écrivez un message…', close: 'Fermer votre conversation avec {name}' },
    es: { h: 'Añade una nota a tu invitación', hint: 'Limita la nota personal a {n} caracteres.', lead: 'Es más probable que los miembros de LinkedIn acepten invitaciones que incluyan una nota personal.', ph: 'Ej.: Nos conocemos de…', cancelA: 'Cancelar la adición de una nota', cancel: 'Cancelar', sendA: 'Enviar invitación', send: 'Enviar', sent: 'Se ha enviado tu invitación a {name}.', sent0: 'Invitación enviada', pending: 'Pendiente', pendingA: 'Pendiente, haz clic para retirar la invitación enviada a {name}', msgs: 'Mensajes', write: 'Escribe un mensaje…', close: 'Cerrar tu conversación con {name}' },
    pt: { h: 'Adicione uma nota ao seu convite', hint: 'Limite a nota pessoal a {n} caracteres.', lead: 'Os membros do LinkedIn têm maior probabilidade de aceitar convites que incluem uma nota pessoal.', ph: 'Ex.: Nós nos conhecemos de…', cancelA: 'Cancelar adição de nota', cancel: 'Cancelar', sendA: 'Enviar convite', send: 'Enviar', sent: 'Seu convite para {name} foi enviado.', sent0: 'Convite enviado', pending: 'Pendente', pendingA: 'Pendente, clique para retirar o convite enviado para {name}', msgs: 'Mensagens', write: 'Escreva uma mensagem…', close: 'Fechar sua conversa com {name}' },
    it: { h: 'Aggiungi una nota al tuo invito', hint: 'Limita la nota personale a {n} caratteri.', lead: 'È più probabile che i membri di LinkedIn accettino inviti che includono una nota personale.', ph: 'Es.: Ci conosciamo da…', cancelA: 'Annulla aggiunta nota', cancel: 'Annulla', sendA: 'Invia invito', send: 'Invia', sent: 'Il tuo invito a {name} è stato inviato.', sent0: 'Invito inviato', pending: 'In sospeso', pendingA: 'In sospeso, fai clic per ritirare l’invito inviato a {name}', msgs: 'Messaggi', write: 'Scrivi un messaggio…', close: 'Chiudi la conversazione con {name}' },
    nl: { h: 'Voeg een notitie toe aan uw uitnodiging', hint: 'Beperk de persoonlijke notitie tot {n} tekens.', lead: 'LinkedIn-leden accepteren sneller uitnodigingen met een persoonlijke notitie.', ph: 'Bijvoorbeeld: We kennen elkaar van…', cancelA: 'Notitie toevoegen annuleren', cancel: 'Annuleren', sendA: 'Uitnodiging verzenden', send: 'Verzenden', sent: 'Uw uitnodiging aan {name} is verzonden.', sent0: 'Uitnodiging verzonden', pending: 'In behandeling', pendingA: 'In behandeling, klik om de uitnodiging aan {name} in te trekken', msgs: 'Berichten', write: 'Schrijf een bericht…', close: 'Uw gesprek met {name} sluiten' },
  };
  var L = T[LANG] || T.en;
  function fmt(s, o) { return String(s).replace(/\{(\w+)\}/g, function (_, k) { return o[k] == null ? '' : o[k]; }); }

  var ADD_NOTE = /^(add a note|notiz hinzufügen|nachricht hinzufügen|dodaj notatkę|ajouter une note|añadir una nota|agregar una nota|adicionar( uma)? nota|aggiungi una nota|notitie toevoegen)$/i;
  var CONNECT_LABELS = [
    /^Invite (.+) to connect$/i, /^Connect with (.+)$/i, /^(.+) als Kontakt einladen$/i, /^Mit (.+) vernetzen$/i,
    /^Zaproś użytkownika (.+) do nawiązania kontaktu$/i, /^Inviter (.+) à rejoindre votre réseau$/i,
    /^Se connecter avec (.+)$/i, /^Invitar a (.+) a conectar(?:te|se)?$/i, /^Convidar (.+) para se conectar$/i,
    /^Invita (.+) a collegarsi$/i, /^(.+) uitnodigen om te connecten$/i,
  ];
  var CONNECT_TEXT = /^(connect|vernetzen|połącz|se connecter|conectar|conectar-se|collegati|connectie maken)$/i;
  var REPLY = /^(reply|message|nachricht|antworten|wiadomość|odpowiedz|répondre|mensaje|responder)(\s|$)/i;
  var ACCEPT = /^(accept|annehmen|akceptuj|accepter|aceptar|aceitar|accetta|accepteren)$/i;
  var IGNORE = /^(ignore|ignorieren|zignoruj|ignorer|ignorar|ignora|negeren)$/i;
  var NAME_IN_LABEL = [
    /^Accept (.+?)[’']s (?:invitation|request to connect)$/i, /^Ignore an invitation (?:to connect )?from (.+)$/i,
    /^Ignore (.+?)[’']s request to connect$/i, /^Einladung (?:zum Vernetzen )?von (.+) (?:annehmen|ignorieren)$/i,
    /^Reply to (.+)$/i, /^Send a message to (.+)$/i, /^Antworten an (.+)$/i,
  ];
  function nameFrom(s, list) {
    for (var i = 0; i < list.length; i++) { var m = list[i].exec(s); if (m) return m[1].trim(); }
    return null;
  }

  // ---------------------------------------------------------------- log
  var logList = D.createElement('ol');
  logList.id = 'playground-log';
  logList.hidden = true;
  // On documentElement, not body: SPA-style pages may replace body; the log must survive. Items carry data
  // attributes only (no text), so nothing reading the page's text ever sees them.
  D.documentElement.appendChild(logList);
  function record(kind, recipient, text) {
    var li = D.createElement('li');
    li.dataset.kind = kind;
    li.dataset.recipient = recipient || '';
    li.dataset.text = text == null ? '' : String(text);
    logList.appendChild(li);
  }
  function readLog() {
    return Array.prototype.map.call(logList.children, function (li) {
      return { kind: li.dataset.kind, recipient: li.dataset.recipient, text: li.dataset.text };
    });
  }

  function toast(message) {
    var host = D.getElementById('artdeco-toasts');
    if (!host) {
      // LinkedIn keeps this live region in every page (linkedin-dom.md §1.2); pages modelled without it get one.
      host = el('section', { id: 'artdeco-toasts', class: 'artdeco-toasts', 'aria-label': 'Notifications' }, [el('div', { class: 'artdeco-toasts_toasts', role: 'alert', 'aria-live': 'assertive' }, [])]);
      D.body.appendChild(host);
    }
    var list = host.querySelector('.artdeco-toasts_toasts') || host;
    var item = D.createElement('div');
    item.className = 'artdeco-toast-item artdeco-toast-item--visible';
    item.setAttribute('data-test-artdeco-toast-item-type', 'success');
    var p = D.createElement('p');
    p.className = 'artdeco-toast-item__message';
    p.textContent = message;
    item.appendChild(p);
    list.appendChild(item);
    // LinkedIn's toasts go away after a few seconds.
    setTimeout(safe(function () { if (item.parentNode) item.parentNode.removeChild(item); }), 8000);
  }

  // ---------------------------------------------------------------- roots
  function interopHost() { return D.getElementById('interop-outlet'); }
  function roots() {
    var r = [D];
    var host = interopHost();
    if (host && host.shadowRoot) r.push(host.shadowRoot);
    return r;
  }
  var watched = typeof WeakSet === 'function' ? new WeakSet() : null;
  function watchRoot(root) {
    if (!root || (watched && watched.has(root))) return;
    if (watched) watched.add(root);
    // Bubble phase on the root, like Ember's and React's delegated listeners: an extension that stops
    // the event in the capture phase keeps LinkedIn (this simulator) from ever seeing it.
    root.addEventListener('click', safe(function (e) { if (own(e, root)) onClick(e); }));
    root.addEventListener('input', safe(function (e) { if (own(e, root)) onInput(e); }));
    root.addEventListener('keyup', safe(function (e) { if (own(e, root)) onInput(e); }));
    root.addEventListener('keydown', safe(function (e) { if (own(e, root)) onKeyDown(e); }));
    root.addEventListener('submit', safe(function (e) { if (own(e, root)) e.preventDefault(); }));
  }
  // Handle each event once: in the root its real target lives in (shadow events also reach document).
  function own(e, root) {
    var t = e.composedPath ? e.composedPath()[0] : e.target;
    return !!t && t.getRootNode && t.getRootNode() === root;
  }
  function realTarget(e) { var t = e.composedPath ? e.composedPath()[0] : e.target; return t && t.nodeType === 1 ? t : t && t.parentElement; }

  // ---------------------------------------------------------------- invite dialogs
  var INVITE_SEL = '.artdeco-modal.send-invite, .artdeco-modal.modal-upsell, [role="dialog"][aria-labelledby="send-invite-modal"], [role="dialog"][aria-labelledby="modal-upsell-header"]';
  var pristine = []; // { node, parent, root: 'document'|'interop' }
  var info = typeof WeakMap === 'function' ? new WeakMap() : null; // dialog -> { recipient, opener, limit }
  function meta(dlg) { if (!info) return {}; var m = info.get(dlg); if (!m) { m = {}; info.set(dlg, m); } return m; }

  function findDialogs() {
    var out = [];
    roots().forEach(function (root) {
      Array.prototype.forEach.call(root.querySelectorAll(INVITE_SEL), function (d) {
        if (d.tagName !== 'DIALOG' && out.indexOf(d) < 0) out.push(d);
      });
    });
    return out;
  }
  function wrapperOf(dlg) {
    var o = dlg.parentElement && dlg.parentElement.closest && dlg.parentElement.closest('.artdeco-modal-overlay');
    return o && o.getRootNode() === dlg.getRootNode() ? o : dlg;
  }
  function rootKind(node) { return node.getRootNode() === D ? 'document' : 'interop'; }
  function pageName() {
    var h1 = D.querySelector('main h1:not(.visually-hidden), #workspace h1:not(.visually-hidden)');
    if (h1 && txt(h1)) return txt(h1);
    var m = /^(.+?) \| LinkedIn$/.exec(D.title || '');
    return m && !/linkedin|search|feed|invitations|messaging/i.test(m[1]) ? m[1].trim() : null;
  }
  function dialogRecipient(dlg) {
    var m = meta(dlg);
    if (m.recipient) return m.recipient;
    var strong = dlg.querySelector('.artdeco-modal__content strong');
    return (strong && txt(strong)) || pageName() || '';
  }

  function closeDialog(dlg) {
    var w = wrapperOf(dlg);
    if (w.parentNode) w.parentNode.removeChild(w);
  }
  function openDialog(opener) {
    var existing = findDialogs();
    if (existing.length) return existing[0];
    var src = pristine[0];
    var node, parent;
    if (src) {
      node = src.node.cloneNode(true);
      parent = src.parent && src.parent.isConnected ? src.parent : null;
      if (!parent) parent = src.root === 'interop' && interopHost() && interopHost().shadowRoot ? interopHost().shadowRoot : D.getElementById('artdeco-modal-outlet') || D.body;
    } else {
      var tpl = D.querySelector('template[data-playground-dialog]');
      if (!tpl) return null;
      node = D.createElement('div');
      node.appendChild(tpl.content.cloneNode(true));
      var host = interopHost();
      parent = tpl.getAttribute('data-root') === 'interop' && host && host.shadowRoot ? host.shadowRoot : D.getElementById('artdeco-modal-outlet') || D.body;
      var frag = D.createDocumentFragment();
      while (node.firstChild) frag.appendChild(node.firstChild);
      node = frag;
    }
    var added = node.nodeType === 11 ? Array.prototype.slice.call(node.children) : [node];
    parent.appendChild(node);
    var dlg = null;
    added.forEach(function (el) { dlg = dlg || (el.matches(INVITE_SEL) ? el : el.querySelector(INVITE_SEL)); });
    if (dlg) {
      var who = opener ? nameFrom(label(opener), CONNECT_LABELS) : null;
      if (who) {
        var strong = dlg.querySelector('.artdeco-modal__content strong');
        if (strong) strong.textContent = who;
      }
      var m = meta(dlg);
      m.recipient = who || null;
      m.opener = opener || null;
      m.recipient = dialogRecipient(dlg);
      var focus = dlg.querySelector('textarea') || dlg;
      try { focus.focus(); } catch (_) { /* ignore */ }
    }
    return dlg;
  }

  function noteStepFor(dlg) {
    var root = dlg.getRootNode();
    var tpl = (root.querySelector && root.querySelector('template[data-playground-note-step]')) || D.querySelector('template[data-playground-note-step]');
    if (tpl) return tpl.content.cloneNode(true);
    return buildNoteStep(dlg);
  }
  function el(tag, attrs, kids) {
    var e = D.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (kids || []).forEach(function (k) { if (k != null) e.appendChild(typeof k === 'string' ? D.createTextNode(k) : k); });
    return e;
  }
  // The standard 2026 note step (S16 2026-09-10 dump), in the page's language.
  function buildNoteStep(dlg) {
    var frag = D.createDocumentFragment();
    var marks = dlg.querySelectorAll(':scope > .a11y-text');
    var dismiss = dlg.querySelector(':scope > .artdeco-modal__dismiss');
    if (marks[0]) frag.appendChild(marks[0].cloneNode(true));
    if (dismiss) frag.appendChild(dismiss.cloneNode(true));
    frag.appendChild(el('div', { class: 'artdeco-modal__header ember-view' }, [el('h2', { id: 'send-invite-modal' }, [L.h])]));
    frag.appendChild(el('div', { class: 'artdeco-modal__content ember-view' }, [
      el('label', { for: 'custom-message' }, [el('span', { class: 'visually-hidden' }, [fmt(L.hint, { n: 300 })]), el('p', { class: 't-14 pb2' }, [L.lead])]),
      el('div', { class: 'relative' }, [
        el('textarea', { name: 'message', placeholder: L.ph, id: 'custom-message', class: 'ember-text-area ember-view connect-button-send-invite__custom-message' }),
        el('div', { class: 'display-flex align-items-center' }, [el('span', { 'aria-live': 'polite', class: 't-14 t-black--light flex-1 text-align-right' }, ['0/300'])]),
      ]),
    ]));
    frag.appendChild(el('div', { class: 'artdeco-modal__actionbar ember-view text-align-right' }, [
      el('button', { 'aria-label': L.cancelA, class: 'artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view mr1' }, [el('span', { class: 'artdeco-button__text' }, [L.cancel])]),
      el('button', { 'aria-label': L.sendA, class: 'artdeco-button artdeco-button--2 artdeco-button--primary artdeco-button--disabled ember-view ml1', disabled: '' }, [el('span', { class: 'artdeco-button__text' }, [L.send])]),
    ]));
    if (marks.length > 1) frag.appendChild(marks[marks.length - 1].cloneNode(true));
    return frag;
  }

  function counterOf(dlg) {
    var spans = dlg.querySelectorAll('span[aria-live], .artdeco-modal__content span');
    for (var i = 0; i < spans.length; i++) if (/^\d+\s*\/\s*\d+$/.test(txt(spans[i]))) return spans[i];
    return null;
  }
  function sendButtonOf(dlg) {
    var bar = dlg.querySelector('.artdeco-modal__actionbar') || dlg;
    var prim = bar.querySelectorAll('button.artdeco-button--primary');
    return prim.length ? prim[prim.length - 1] : null;
  }
  function isDisabled(b) { return !b || b.disabled || cls(b, 'artdeco-button--disabled') || b.getAttribute('aria-disabled') === 'true'; }
  function syncNote(dlg, ta) {
    var counter = counterOf(dlg);
    var m = meta(dlg);
    if (counter && !m.limit) m.limit = Number(txt(counter).split('/')[1]) || 300;
    if (counter) counter.textContent = ta.value.length + '/' + m.limit;
    var send = sendButtonOf(dlg);
    if (send) {
      var off = ta.value.length === 0;
      send.disabled = off;
      send.classList.toggle('artdeco-button--disabled', off);
    }
  }
  function emailOk(dlg) {
    var input = dlg.querySelector('input[type="email"]');
    if (!input) return true;
    var ok = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.value.trim());
    if (!ok) input.setAttribute('aria-invalid', 'true');
    return ok;
  }

  function markPending(opener, who) {
    if (!opener || !opener.isConnected) return;
    var span = opener.querySelector('.artdeco-button__text') || opener.querySelector('span') || opener;
    span.textContent = L.pending;
    opener.setAttribute('aria-label', fmt(L.pendingA, { name: who }));
    if (opener.tagName === 'BUTTON') opener.disabled = true;
    // On a profile, Pending links to the profile itself (S16 2026-09-10); elsewhere to the Sent list.
    else opener.setAttribute('href', /^\/in\/[^/]+\/?$/.test(location.pathname) ? location.origin + location.pathname : 'https://www.linkedin.com/mynetwork/invitation-manager/sent/');
    opener.removeAttribute('componentkey');
  }
  function sendInvite(dlg, note) {
    var who = dialogRecipient(dlg);
    var opener = meta(dlg).opener;
    record('invite', who, note);
    closeDialog(dlg);
    // Every Connect for this person turns into Pending: the profile renders its action row twice (S16).
    var all = connectControlsFor(who);
    if (opener && all.indexOf(opener) < 0) all.unshift(opener);
    all.forEach(function (c) { markPending(c, who); });
    toast(who ? fmt(L.sent, { name: who }) : L.sent0);
  }

  function onDialogClick(e, dlg, t) {
    if (t.closest('a[href*="/premium"]')) { e.preventDefault(); return; } // would leave the playground
    var b = t.closest('button, a, [role="button"]');
    if (!b || !dlg.contains(b)) return;
    if (b.matches('[data-test-modal-close-btn], .artdeco-modal__dismiss')) { closeDialog(dlg); return; }
    var upsell = dlg.matches('.modal-upsell') || !!dlg.closest('[data-test-modal-id="modal-upsell"]');
    var bar = b.closest('.artdeco-modal__actionbar');
    if (upsell) { if (bar && !cls(b, 'artdeco-button--primary')) closeDialog(dlg); return; } // Dismiss; nothing sends
    if (ADD_NOTE.test(label(b)) || ADD_NOTE.test(txt(b))) {
      var m = meta(dlg);
      m.recipient = dialogRecipient(dlg);
      var email = dlg.querySelector('input[type="email"]');
      var step = noteStepFor(dlg);
      while (dlg.firstChild) dlg.removeChild(dlg.firstChild);
      dlg.appendChild(step);
      var keptEmail = dlg.querySelector('input[type="email"]');
      if (email && keptEmail) keptEmail.value = email.value;
      var ta = dlg.querySelector('textarea');
      if (ta) try { ta.focus(); } catch (_) { /* ignore */ }
      return;
    }
    if (!bar) return;
    if (isDisabled(b)) return;
    if (cls(b, 'artdeco-button--primary')) {
      if (!emailOk(dlg)) return; // S15 2026-09-01: the email variant does not send without an email
      var note = dlg.querySelector('textarea');
      sendInvite(dlg, note ? note.value : '');
      return;
    }
    if (cls(b, 'artdeco-button--muted') || cls(b, 'artdeco-button--tertiary')) closeDialog(dlg); // Cancel
  }

  // ---------------------------------------------------------------- connect controls
  function isConnectControl(c) {
    if (!c || c.closest('[role="dialog"], dialog')) return false;
    if (c.matches('a[href*="custom-invite"]')) return true;
    if (nameFrom(c.getAttribute('aria-label') || '', CONNECT_LABELS)) return true;
    return c.getAttribute('role') === 'menuitem' && CONNECT_TEXT.test(txt(c));
  }
  function connectControlsFor(who) {
    if (!who) return [];
    return Array.prototype.filter.call(D.querySelectorAll('a[aria-label], button[aria-label]'), function (c) {
      return isConnectControl(c) && nameFrom(label(c), CONNECT_LABELS) === who;
    });
  }
  function cardName(card) {
    if (!card) return '';
    // In priority order (a selector list would return the first match in DOCUMENT order: the picture link).
    var sels = ['.invitation-card__title', '.discover-person-card__name', 'strong', 'a[href*="/in/"]'];
    for (var i = 0; i < sels.length; i++) { var t = txt(card.querySelector(sels[i])); if (t) return t; }
    return '';
  }
  function onConnect(e, c) {
    var isLink = c.tagName === 'A';
    if (isLink) e.preventDefault(); // LinkedIn's app intercepts the /preload/…custom-invite/ link
    if (pristine.length || D.querySelector('template[data-playground-dialog]') || c.matches('a[href*="custom-invite"]')) {
      openDialog(c);
      return;
    }
    // No dialog on this surface: LinkedIn sends at once (the /mynetwork/ grow page behaviour).
    var who = nameFrom(label(c), CONNECT_LABELS) || cardName(c.closest('[role="listitem"], li, .discover-entity-type-card'));
    record('invite', who, '');
    markPending(c, who);
  }

  // ---------------------------------------------------------------- invitation cards
  var CARD_SEL = 'li.invitation-card, [data-view-name="pending-invitation"], [role="listitem"]';
  function cardPerson(card, b) {
    return nameFrom(b ? label(b) : '', NAME_IN_LABEL) || cardName(card);
  }
  function onCardAction(e, card, b) {
    var word = txt(b);
    var kind = ACCEPT.test(word) ? 'accept' : IGNORE.test(word) ? 'ignore' : null;
    if (!kind) {
      var a = (b.getAttribute('aria-label') || '').toLowerCase();
      if (/^accept|annehmen$|^akceptuj|^accepter|^aceptar|^aceitar|^accetta|^accepteren/.test(a)) kind = 'accept';
      else if (/^ignore|ignorieren$|^zignoruj|^ignorer|^ignorar|^ignora|^negeren/.test(a)) kind = 'ignore';
    }
    if (!kind) return false;
    record(kind, cardPerson(card, b), '');
    var wrap = card.parentElement && card.parentElement.hasAttribute('data-display-contents') ? card.parentElement.parentElement : card;
    if (wrap && wrap.parentNode) wrap.parentNode.removeChild(wrap);
    return true;
  }

  // ---------------------------------------------------------------- composers
  var model = typeof WeakMap === 'function' ? new WeakMap() : null;
  function editorOf(form) { return form && form.querySelector('.msg-form__contenteditable[contenteditable="true"], [role="textbox"][contenteditable="true"]'); }
  function sendOf(form) { return form && form.querySelector('button.msg-form__send-button, button.msg-form__send-btn, button[type="submit"]'); }
  function placeholderOf(form) { return form && form.querySelector('[data-placeholder]'); }
  function syncComposer(form, text) {
    var has = text.length > 0;
    var send = sendOf(form);
    if (send) send.disabled = !has;
    var ph = placeholderOf(form);
    if (ph) ph.classList.toggle('msg-form__placeholder', !has);
  }
  function composerRecipient(form) {
    var bubble = form.closest('.msg-overlay-conversation-bubble, .msg-convo-wrapper');
    var root = form.getRootNode();
    var t = bubble ? bubble.querySelector('.msg-overlay-bubble-header__title') : root.querySelector('.msg-entity-lockup__entity-title, .msg-thread__link-to-profile, .artdeco-pill__text');
    return txt(t);
  }
  function sendMessage(form) {
    var ed = editorOf(form);
    var text = ed && model ? model.get(ed) || '' : '';
    if (!text || isDisabled(sendOf(form))) return;
    record('message', composerRecipient(form), text);
    while (ed.firstChild) ed.removeChild(ed.firstChild);
    ed.appendChild(el('p', {}, [el('br')]));
    if (model) model.set(ed, '');
    syncComposer(form, '');
  }
  function overlayBubble(name, href) {
    var ed = el('div', { class: 'msg-form__contenteditable t-14 t-black--light t-normal flex-grow-1 full-height notranslate', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': L.write }, [el('p', {}, [el('br')])]);
    var id = 'msg-form-ember' + Math.floor(1000 + Math.random() * 8000);
    var bubble = el('div', { class: 'msg-convo-wrapper msg-overlay-conversation-bubble msg-overlay-conversation-bubble--is-active ml4', role: 'dialog', 'aria-label': L.msgs, tabindex: '-1' }, [
      el('header', { class: 'msg-overlay-bubble-header msg-overlay-conversation-bubble-header' }, [
        el('h2', { class: 'msg-overlay-bubble-header__title truncate t-14 t-bold t-black' }, [el('a', { href: href || '#' }, [el('span', { class: 't-14 t-bold hoverable-link-text t-black' }, [name])])]),
        el('div', { class: 'msg-overlay-bubble-header__controls display-flex' }, [
          el('button', { class: 'msg-overlay-bubble-header__control artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--1 artdeco-button--tertiary', type: 'button', 'data-playground-close': '' }, [el('span', { class: 'artdeco-button__text' }, [fmt(L.close, { name: name })])]),
        ]),
      ]),
      el('div', { class: 'msg-overlay-conversation-bubble__content-wrapper' }, [
        el('div', { class: 'msg-s-message-list-container' }, [el('ul', { class: 'msg-s-message-list-content list-style-none' }, [])]),
        el('form', { id: id, class: 'msg-form' }, [
          el('div', { class: 'msg-form__msg-content-container msg-form__message-texteditor relative flex-grow-1 display-flex' }, [
            el('div', { class: 'msg-form__msg-content-container--scrollable scrollable relative' }, [el('div', { class: 'flex-grow-1' }, [ed, el('div', { 'aria-hidden': 'true', class: 'msg-form__placeholder t-14 t-black--light t-normal', 'data-placeholder': L.write }, [])])]),
          ]),
          el('footer', { class: 'msg-form__footer flex-shrink-zero' }, [
            // LinkedIn's footer: attachments, GIF and emoji on the left (where On Purpose's Templates
            // control mounts, picker opening above it), Send on the right.
            el('div', { class: 'msg-form__left-actions display-flex' }, []),
            el('div', { class: 'msg-form__right-actions display-flex align-items-center' }, [el('button', { class: 'msg-form__send-button artdeco-button artdeco-button--1', type: 'submit', disabled: '' }, [L.send])]),
          ]),
        ]),
      ]),
    ]);
    return { bubble: bubble, editor: ed };
  }
  function openComposer(name, href, intoInterop) {
    var host = interopHost();
    var parent;
    if (intoInterop && host) {
      if (!host.shadowRoot) host.attachShadow({ mode: 'open' });
      watchRoot(host.shadowRoot);
      parent = host.shadowRoot.querySelector('#msg-overlay, .msg-overlay-container');
      if (!parent) { parent = el('aside', { id: 'msg-overlay', class: 'msg-overlay-container' }); host.shadowRoot.appendChild(parent); }
    } else {
      parent = D.getElementById('msg-overlay');
      if (!parent) { parent = el('aside', { id: 'msg-overlay', class: 'msg-overlay-container' }); (D.querySelector('.application-outlet') || D.body).appendChild(parent); }
    }
    var b = overlayBubble(name, href);
    parent.appendChild(b.bubble);
    try { b.editor.focus(); } catch (_) { /* ignore */ }
    return b.bubble;
  }

  // ---------------------------------------------------------------- event handlers
  function onClick(e) {
    var t = realTarget(e);
    if (!t || !t.closest) return;
    var dlg = t.closest(INVITE_SEL);
    if (dlg && dlg.tagName !== 'DIALOG') { onDialogClick(e, dlg, t); return; }
    var overlayBg = t.matches('.artdeco-modal-overlay') ? t.querySelector(INVITE_SEL) : null;
    if (overlayBg) { closeDialog(overlayBg); return; } // a click on the backdrop closes (S21)
    var form = t.closest('form.msg-form');
    if (form) {
      var sb = t.closest('button');
      if (sb && sb === sendOf(form)) { e.preventDefault(); sendMessage(form); }
      return;
    }
    var closeBubble = t.closest('[data-playground-close]');
    if (closeBubble) { var bub = closeBubble.closest('.msg-overlay-conversation-bubble'); if (bub) bub.remove(); return; }
    var c = t.closest('a, button, [role="button"], [role="menuitem"]');
    if (!c) return;
    var card = c.closest(CARD_SEL);
    if (card && c.tagName === 'BUTTON' && onCardAction(e, card, c)) return;
    if (c.matches('.lt-line-clamp__more, [data-playground-see-more]') || (card && /^…?\s*see more$/i.test(txt(c)))) {
      e.preventDefault();
      var clamp = c.closest('.lt-line-clamp') || c.parentElement;
      if (clamp) { clamp.classList.remove('lt-line-clamp--multi-line'); clamp.style.webkitLineClamp = 'unset'; }
      c.remove();
      return;
    }
    if (isConnectControl(c)) { onConnect(e, c); return; }
    var href = c.getAttribute('href') || '';
    var reply = c.matches('.invitation-card__custom-message-line-cta, .message-anywhere-button') || /\/messaging\/compose\//.test(href) || (card && REPLY.test(txt(c)));
    if (reply && (card || /\/messaging\/compose\//.test(href))) {
      e.preventDefault(); // LinkedIn opens the overlay in place instead of navigating
      var who = cardName(card) || nameFrom(label(c), NAME_IN_LABEL) || pageName() || '';
      var profile = card ? card.querySelector('a[href*="/in/"]') : null;
      openComposer(who, profile ? profile.getAttribute('href') : '', /interop=msgOverlay/.test(href));
    }
  }
  function onInput(e) {
    var t = realTarget(e);
    if (!t || !t.closest) return;
    if (t.tagName === 'TEXTAREA') {
      var dlg = t.closest(INVITE_SEL);
      if (dlg) syncNote(dlg, t);
      return;
    }
    if (e.type !== 'input') return;
    var ed = t.closest('[contenteditable="true"]');
    var form = ed && ed.closest('form.msg-form');
    if (!form || editorOf(form) !== ed) return;
    var text = String(ed.innerText || '').replace(/\u200b/g, '').trim();
    if (model) model.set(ed, text);
    syncComposer(form, text);
  }
  function onKeyDown(e) {
    var t = realTarget(e);
    if (!t || !t.closest) return;
    if (e.key === 'Escape') { var open = findDialogs(); if (open.length) closeDialog(open[open.length - 1]); return; }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      var form = t.closest('[contenteditable="true"]') && t.closest('form.msg-form');
      if (form) { e.preventDefault(); sendMessage(form); }
    }
  }

  // ---------------------------------------------------------------- lazy loading
  function loadMore() {
    var tpl = D.querySelector('template[data-playground-more]');
    if (!tpl || !tpl.parentNode) return 0;
    var frag = tpl.content.cloneNode(true);
    var n = frag.querySelectorAll(CARD_SEL).length;
    tpl.parentNode.insertBefore(frag, tpl);
    tpl.parentNode.removeChild(tpl);
    return n;
  }
  var loading = false;
  function onScroll() {
    if (loading) return;
    var se = D.scrollingElement || D.documentElement;
    if (W.innerHeight + se.scrollTop >= se.scrollHeight - 40) {
      loading = true;
      // LinkedIn fetches the next page; a short delay keeps "cards appear after load" honest.
      setTimeout(safe(function () { loading = false; loadMore(); }), 50);
    }
  }

  // ---------------------------------------------------------------- init
  safe(function init() {
    // Declarative shadow DOM fallback, for fixtures that lack their own attach script.
    var host = interopHost();
    if (host && !host.shadowRoot) {
      var tpl = host.querySelector('template[shadowrootmode]');
      if (tpl) { host.attachShadow({ mode: 'open' }).appendChild(tpl.content.cloneNode(true)); tpl.remove(); }
    }
    roots().forEach(watchRoot);
    findDialogs().forEach(function (dlg) {
      var w = wrapperOf(dlg);
      var copy = w.cloneNode(true);
      // If the extension under test already decorated the dialog, keep only LinkedIn's own markup.
      Array.prototype.forEach.call(copy.querySelectorAll('*'), function (n) { if (/^ON-PURPOSE-/.test(n.tagName)) n.remove(); });
      pristine.push({ node: copy, parent: w.parentNode, root: rootKind(w) });
      meta(dlg).recipient = dialogRecipient(dlg);
    });
    // Editors that already hold text at load (a draft) start with that text in the model.
    roots().forEach(function (root) {
      Array.prototype.forEach.call(root.querySelectorAll('form.msg-form'), function (form) {
        var ed = editorOf(form);
        if (ed && model) model.set(ed, String(ed.innerText || '').replace(/\u200b/g, '').trim());
      });
    });
    W.addEventListener('scroll', safe(onScroll), { passive: true });
    W.playground = {
      log: function () { try { return readLog(); } catch (_) { return []; } },
      loadMore: safe(function () { return loadMore(); }),
      openDialog: safe(function () { openDialog(null); }),
    };
    D.documentElement.dataset.playground = 'ready';
  })();
})();

/**
 * Per-locale label tables: the ONLY place LinkedIn's localized wording lives (DESIGN §1), with
 * ./people-locales.ts (the People log's wording, kept apart so it stays out of the always-on script).
 *
 * Text is a second signal. Ids, roles, data-test-* attributes, href patterns and the artdeco
 * structure decide first (S2 issue #11, 2020: English-only labels broke every other UI language),
 * so a wrong or missing entry here degrades to structure, never to a false positive.
 *
 * `{name}` is a person or entity name, `{n}` a number. Matching ignores case, collapses
 * whitespace, treats ’ ‘ ' as one apostrophe and ignores trailing dots/ellipses.
 *
 * Evidence: en from S15, S16, S17 (2026) and the reference fixtures; pl from U2 (2026-05-09 dump:
 * "Dodaj notatkę", "Wyślij bez notatki", "Odrzuć", "Zaproś użytkownika X do nawiązania kontaktu",
 * "W toku"); de/es/it/nl/pt/pl Connect, invite and send-without-note labels from a public
 * per-locale registry of observed profile labels (index file 69071979595, 2026) and a 2026
 * auto-connect script (63529345089: "Ohne Notiz senden" vs "Ohne Nachricht senden" A/B wording).
 * The rest are LinkedIn's usual translations, best knowledge; structure carries the decision
 * where they are wrong.
 */
import { LOCALES, type Locale } from '../core/locale';

export { LOCALES };

export interface LabelTable {
  /** Invite dialog, step 1. */
  addNote: string[];
  /** Step 1's generic send; includes the legacy "Send now" (2019-2022, S2) and its text "Send".
   *  The LAST entry of every locale is that legacy "Send now": alone it is too generic to mark a
   *  dialog as an invite (invite.ts, STRONG), though inside a known invite dialog it still sends. */
  sendWithoutNote: string[];
  /** The note step's send ("Send invitation", text "Send"). */
  send: string[];
  cancelNote: string[];
  dismiss: string[];
  /** The invite dialog's heading (step 1 and the note step; U1, S16 "Add a note to your invitation?",
   *  the direct note step's "Add a note to your invitation"). Recognises a dialog whose ids and
   *  classes are gone (RECOGNITION.md). Written without "?"/"¿": invite.ts strips them before the lookup.
   *  Evidence: the headings of tests/fixtures/linkedin/invite--* (U1, U2, S16 and the per-locale pages). */
  inviteHeading: string[];
  /** aria-label of a Connect control: "Invite {name} to connect". */
  invite: string[];
  /** Visible text of a Connect control. */
  connect: string[];
  /** Pending state (must never be treated as Connect). */
  pending: string[];
  accept: string[];
  ignoreConnect: string[];
  ignoreOther: string[];
  message: string[];
  replyTo: string[];
  /** The visually-hidden limit label of the note field. */
  limit: string[];
  writeMessage: string[];
  /** Substrings (case-insensitive) that mark a non-person invitation: follow/join/attend/subscribe. */
  invitedTo: string[];
  /** Substrings of the "People you may know" suggestion heading. */
  pymk: string[];
}

export const LABELS: Record<Locale, LabelTable> = {
  en: {
    addNote: ['Add a note'],
    sendWithoutNote: ['Send without a note', 'Send without note', 'Send now'],
    send: ['Send invitation', 'Send'],
    cancelNote: ['Cancel adding a note', 'Cancel'],
    dismiss: ['Dismiss', 'Close'],
    inviteHeading: ['Add a note to your invitation', 'You can customize this invitation'],
    invite: ['Invite {name} to connect', 'Connect with {name}'],
    connect: ['Connect'],
    pending: ['Pending'],
    accept: ['Accept {name}’s invitation', 'Accept invitation from {name}'],
    ignoreConnect: ['Ignore an invitation to connect from {name}'],
    ignoreOther: ['Ignore an invitation from {name}'],
    message: ['Message', 'Send message'],
    replyTo: ['Reply to {name}'],
    limit: ['Please limit personal note to {n} characters'],
    writeMessage: ['Write a message…'],
    invitedTo: ['invited you to'],
    pymk: ['people you may know'],
  },
  de: {
    addNote: ['Notiz hinzufügen', 'Nachricht hinzufügen'],
    sendWithoutNote: ['Ohne Notiz senden', 'Ohne Nachricht senden', 'Jetzt senden'],
    send: ['Einladung senden', 'Senden'],
    cancelNote: ['Hinzufügen einer Notiz abbrechen', 'Abbrechen'],
    dismiss: ['Verwerfen', 'Schließen'],
    inviteHeading: ['Ihrer Einladung eine Notiz hinzufügen', 'Eine Nachricht zu Ihrer Einladung hinzufügen', 'Möchten Sie Ihrer Einladung eine Notiz hinzufügen'],
    invite: ['{name} als Kontakt einladen', 'Laden Sie {name} ein, sich mit Ihnen zu vernetzen'],
    connect: ['Vernetzen'],
    pending: ['Ausstehend'],
    accept: ['Einladung von {name} annehmen', 'Einladung von {name} akzeptieren'],
    ignoreConnect: ['Einladung zum Vernetzen von {name} ignorieren'],
    ignoreOther: ['Einladung von {name} ignorieren'],
    message: ['Nachricht', 'Nachricht senden'],
    replyTo: ['{name} antworten', 'Antworten an {name}'],
    limit: ['Bitte beschränken Sie Ihre persönliche Notiz auf {n} Zeichen', 'Bitte beschränken Sie Ihre persönliche Nachricht auf {n} Zeichen'],
    writeMessage: ['Nachricht schreiben…', 'Schreiben Sie eine Nachricht…'],
    invitedTo: ['hat sie eingeladen', 'lädt sie ein'],
    pymk: ['personen, die sie vielleicht kennen'],
  },
  fr: {
    addNote: ['Ajouter une note'],
    sendWithoutNote: ['Envoyer sans note', 'Envoyer sans ajouter de note', 'Envoyer maintenant'],
    send: ['Envoyer l’invitation', 'Envoyer'],
    cancelNote: ['Annuler l’ajout d’une note', 'Annuler'],
    dismiss: ['Ignorer', 'Fermer'],
    inviteHeading: ['Ajouter une note à votre invitation'],
    invite: ['Inviter {name} à rejoindre votre réseau', 'Se mettre en relation avec {name}'],
    connect: ['Se connecter', 'Se mettre en relation'],
    pending: ['En attente'],
    accept: ['Accepter l’invitation de {name}'],
    ignoreConnect: ['Ignorer l’invitation à se connecter de {name}', 'Ignorer l’invitation à rejoindre le réseau de {name}'],
    ignoreOther: ['Ignorer l’invitation de {name}'],
    message: ['Message', 'Envoyer un message'],
    replyTo: ['Répondre à {name}'],
    limit: ['Veuillez limiter votre note personnelle à {n} caractères', 'Limitez votre note personnelle à {n} caractères'],
    writeMessage: ['Écrivez un message…', 'Rédigez un message…'],
    invitedTo: ['vous a invité', 'vous invite'],
    pymk: ['personnes que vous pourriez connaître'],
  },
  es: {
    addNote: ['Añadir una nota', 'Agregar una nota', 'Añadir nota'],
    sendWithoutNote: ['Enviar sin nota', 'Enviar sin una nota', 'Enviar ahora'],
    send: ['Enviar invitación', 'Enviar'],
    cancelNote: ['Cancelar la adición de una nota', 'Cancelar añadir una nota', 'Cancelar'],
    dismiss: ['Descartar', 'Cerrar'],
    inviteHeading: ['Quieres añadir una nota a tu invitación', 'Añade una nota a tu invitación', 'Añadir una nota a tu invitación'],
    invite: ['Invita a {name} a conectar', 'Invitar a {name} a conectar', 'Invitar a {name} a conectarse'],
    connect: ['Conectar'],
    pending: ['Pendiente'],
    accept: ['Aceptar la invitación de {name}', 'Aceptar invitación de {name}'],
    ignoreConnect: ['Ignorar la invitación para conectar de {name}', 'Ignorar la invitación a conectar de {name}'],
    ignoreOther: ['Ignorar la invitación de {name}', 'Ignorar invitación de {name}'],
    message: ['Mensaje', 'Enviar mensaje'],
    replyTo: ['Responder a {name}'],
    limit: ['Limita la nota personal a {n} caracteres'],
    writeMessage: ['Escribe un mensaje…'],
    invitedTo: ['te ha invitado', 'te invitó'],
    pymk: ['personas que quizá conozcas'],
  },
  pt: {
    addNote: ['Adicionar nota', 'Adicionar uma nota'],
    sendWithoutNote: ['Enviar sem nota', 'Enviar sem uma nota', 'Enviar agora'],
    send: ['Enviar convite', 'Enviar'],
    cancelNote: ['Cancelar adição de nota', 'Cancelar'],
    dismiss: ['Fechar', 'Descartar'],
    inviteHeading: ['Adicionar uma nota ao seu convite', 'Adicione uma nota ao seu convite'],
    invite: ['Convidar {name} para se conectar', 'Convide {name} para se conectar'],
    connect: ['Conectar', 'Conectar-se'],
    pending: ['Pendente'],
    accept: ['Aceitar convite de {name}', 'Aceitar o convite de {name}'],
    ignoreConnect: ['Ignorar convite para se conectar de {name}', 'Ignorar o convite para conexão de {name}'],
    ignoreOther: ['Ignorar convite de {name}', 'Ignorar o convite de {name}'],
    message: ['Mensagem', 'Enviar mensagem'],
    replyTo: ['Responder a {name}'],
    limit: ['Limite a nota pessoal a {n} caracteres'],
    writeMessage: ['Escreva uma mensagem…'],
    invitedTo: ['convidou você'],
    pymk: ['pessoas que talvez você conheça'],
  },
  it: {
    addNote: ['Aggiungi una nota', 'Aggiungi nota'],
    sendWithoutNote: ['Invia senza nota', 'Invia senza una nota', 'Invia ora'],
    send: ['Invia invito', 'Invia'],
    cancelNote: ['Annulla l’aggiunta di una nota', 'Annulla'],
    dismiss: ['Chiudi', 'Ignora'],
    inviteHeading: ['Vuoi aggiungere una nota al tuo invito', 'Aggiungi una nota al tuo invito'],
    invite: ['Invita {name} a collegarsi'],
    connect: ['Collegati'],
    pending: ['In sospeso'],
    accept: ['Accetta l’invito di {name}'],
    ignoreConnect: ['Ignora l’invito a collegarsi di {name}'],
    ignoreOther: ['Ignora l’invito di {name}'],
    message: ['Messaggio', 'Invia messaggio'],
    replyTo: ['Rispondi a {name}'],
    limit: ['Limita la nota personale a {n} caratteri'],
    // S18 PR #383 (2026-04): the overlay's "Scrivi un messaggio".
    writeMessage: ['Scrivi un messaggio…'],
    invitedTo: ['ti ha invitato'],
    pymk: ['persone che potresti conoscere'],
  },
  nl: {
    addNote: ['Opmerking toevoegen', 'Notitie toevoegen'],
    sendWithoutNote: ['Verzenden zonder opmerking', 'Verzenden zonder notitie', 'Nu verzenden'],
    send: ['Uitnodiging verzenden', 'Verzenden'],
    cancelNote: ['Toevoegen van opmerking annuleren', 'Annuleren'],
    dismiss: ['Sluiten', 'Negeren'],
    inviteHeading: ['Een notitie toevoegen aan uw uitnodiging', 'Een opmerking toevoegen aan uw uitnodiging'],
    invite: ['Connectieverzoek verzenden naar {name}', '{name} uitnodigen om te connecten'],
    connect: ['Connectie maken'],
    pending: ['In behandeling'],
    accept: ['Uitnodiging van {name} accepteren'],
    ignoreConnect: ['Uitnodiging om te connecten van {name} negeren'],
    ignoreOther: ['Uitnodiging van {name} negeren'],
    message: ['Bericht', 'Bericht sturen'],
    replyTo: ['{name} antwoorden', 'Antwoorden aan {name}'],
    limit: ['Beperk uw persoonlijke opmerking tot {n} tekens'],
    writeMessage: ['Schrijf een bericht…'],
    invitedTo: ['heeft u uitgenodigd', 'nodigt u uit'],
    pymk: ['mensen die u misschien kent'],
  },
  pl: {
    addNote: ['Dodaj notatkę'],
    sendWithoutNote: ['Wyślij bez notatki', 'Wyślij teraz'],
    send: ['Wyślij zaproszenie', 'Wyślij'],
    cancelNote: ['Anuluj dodawanie notatki', 'Anuluj'],
    dismiss: ['Odrzuć', 'Zamknij'],
    inviteHeading: ['Dodaj notatkę do zaproszenia', 'Możesz dodać notatkę do zaproszenia'],
    invite: ['Zaproś użytkownika {name} do nawiązania kontaktu'],
    connect: ['Połącz', 'Nawiąż kontakt'],
    pending: ['W toku'],
    accept: ['Zaakceptuj zaproszenie od użytkownika {name}', 'Akceptuj zaproszenie od użytkownika {name}'],
    ignoreConnect: ['Zignoruj zaproszenie do nawiązania kontaktu od użytkownika {name}'],
    ignoreOther: ['Zignoruj zaproszenie od użytkownika {name}'],
    message: ['Wiadomość', 'Wyślij wiadomość'],
    replyTo: ['Odpowiedz użytkownikowi {name}'],
    limit: ['Ogranicz notatkę osobistą do {n} znaków'],
    writeMessage: ['Napisz wiadomość…'],
    invitedTo: ['zaprasza cię', 'zaprosił cię', 'zaprosiła cię'],
    pymk: ['osoby, które możesz znać'],
  },
};

export type LabelKey = keyof LabelTable;

/** Case-, space- and apostrophe-insensitive form used for exact label lookups. */
export const norm = (s: string): string =>
  s.replace(/\s+/g, ' ').replace(/[’‘`´]/g, "'").replace(/[\s.…:]+$/, '').trim().toLowerCase();

type Tables<K extends string> = Readonly<Record<Locale, Readonly<Record<K, readonly string[]>>>>;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lookups over one set of per-locale tables. A factory, so that the People tables
 * (./people-locales.ts, needed only by the on-demand UI bundle) reuse them without being pulled
 * into the always-on content script with this module.
 */
export function labelMatchers<K extends string>(tables: Tables<K>) {
  const exact = new Map<K, Map<string, Locale[]>>();
  const templ = new Map<K, Array<[Locale, RegExp]>>();
  return {
    /** Locales whose `key` label equals `text` (empty when none): the caller picks the preferred one. */
    labelLocales(key: K, text: string | null | undefined): Locale[] {
      if (!text) return [];
      let m = exact.get(key);
      if (!m) {
        m = new Map();
        for (const loc of LOCALES) for (const s of tables[loc][key]) {
          const k = norm(s);
          m.set(k, [...(m.get(k) ?? []), loc]);
        }
        exact.set(key, m);
      }
      return m.get(norm(text)) ?? [];
    },
    /** Match a `{name}`/`{n}` template label; returns the captured value and the locale. */
    matchTemplate(key: K, text: string | null | undefined): { value: string; locale: Locale } | null {
      if (!text) return null;
      let list = templ.get(key);
      if (!list) {
        list = [];
        for (const loc of LOCALES) for (const s of tables[loc][key]) {
          const src = s.split(/(\{name\}|\{n\})/).map((p) =>
            p === '{name}' ? '(.+?)' : p === '{n}' ? '(\\d+)' : esc(p).replace(/\s+/g, '\\s+').replace(/[’‘']/g, "['’‘]"),
          );
          list.push([loc, new RegExp(`^${src.join('')}[\\s.…]*$`, 'i')]);
        }
        templ.set(key, list);
      }
      const t = text.replace(/\s+/g, ' ').trim();
      for (const [locale, re] of list) {
        const m = re.exec(t);
        if (m?.[1]) return { value: m[1].trim(), locale };
      }
      return null;
    },
    /** Search `text` for any of the key's substrings (used for kind phrases). */
    containsLabel(key: K, text: string): Locale | null {
      const t = norm(text);
      for (const loc of LOCALES) if (tables[loc][key].some((s) => t.includes(norm(s)))) return loc;
      return null;
    },
  };
}

export const { labelLocales, matchTemplate, containsLabel } = labelMatchers<LabelKey>(LABELS);

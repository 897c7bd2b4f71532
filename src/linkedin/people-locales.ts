/**
 * Per-locale label tables of the People log (issue 10): LinkedIn's wording of relationship facts
 * (Pending, Withdraw, degree badges, the sent toast, list card times). Same rules as ./locales.ts
 * (text is a second signal; `{name}`/`{n}` templates; same normalisation).
 *
 * A module of its own because only ./people.ts reads it, and people.ts runs in the on-demand UI
 * bundle: kept out of ./locales.ts, these tables stay out of the always-on content script, which
 * needs only the invite labels before a click (performance budget, `npm run check:size`).
 */
import type { Locale } from '../core/locale';
import { labelMatchers } from './locales';

export interface PeopleLabelTable {
  // People (issue 10): relationship facts. Evidence: relationships.md (S16 2026-09-10 survey for
  // en; the Dutch "· 1e" mock, index id 70487463857). Other locales are best knowledge: a wrong
  // entry only makes recognition fail open (no state change), never a false positive on its own.
  /** aria-label of the profile's Pending control (S16 §2). */
  pendingWithdraw: string[];
  /** aria-label of the Sent list's Withdraw control (S16 §5). */
  withdrawSent: string[];
  /** Degree badge tokens ("· 1st"), compared exactly after the separator dot is removed. */
  degree1: string[];
  degree2: string[];
  degree3: string[];
  /** Substrings of an acceptance notification's headline (relationships.md: wording not evidenced live). */
  accepted: string[];
  /** Invitation-sent toast naming the person (linkedin-dom.md §1.2, U10). */
  sentToast: string[];
  /** Invitation-sent toast without a name. */
  sentToastPlain: string[];
  /** Substrings of the failure toast ("Invitation not sent. Try again later."). */
  notSentToast: string[];
  /** Sent list card time: "Sent 2 weeks ago" ({name} captures the time phrase). */
  sentAgo: string[];
  /** Connections list card time: "Connected 2 weeks ago" / "Connected on March 3" ({name} = the time). */
  connectedOn: string[];
  /** Connections list Message link's aria-label (S17 mock). */
  messageTo: string[];
  /** Sent tab count link "People (N)" (S17 sent_count_selector). */
  peopleCount: string[];
}

export const PEOPLE_LABELS: Record<Locale, PeopleLabelTable> = {
  en: {
    pendingWithdraw: ['Pending, click to withdraw invitation sent to {name}'],
    withdrawSent: ['Withdraw invitation sent to {name}'],
    degree1: ['1st'],
    degree2: ['2nd'],
    degree3: ['3rd', '3rd+'],
    accepted: ['accepted your invitation'],
    sentToast: ['Your invitation to {name} was sent'],
    sentToastPlain: ['Invitation sent'],
    notSentToast: ['invitation not sent'],
    sentAgo: ['Sent {name}'],
    connectedOn: ['Connected {name}'],
    messageTo: ['Message {name}'],
    peopleCount: ['People ({n})'],
  },
  de: {
    pendingWithdraw: ['Ausstehend, klicken Sie, um die an {name} gesendete Einladung zurückzuziehen', 'Ausstehend, klicken, um die Einladung an {name} zurückzuziehen'],
    withdrawSent: ['An {name} gesendete Einladung zurückziehen', 'Einladung an {name} zurückziehen'],
    degree1: ['1.'],
    degree2: ['2.'],
    degree3: ['3.', '3.+'],
    accepted: ['hat ihre einladung angenommen', 'hat deine einladung angenommen'],
    sentToast: ['Ihre Einladung an {name} wurde gesendet', 'Deine Einladung an {name} wurde gesendet'],
    sentToastPlain: ['Einladung gesendet'],
    notSentToast: ['einladung nicht gesendet', 'einladung wurde nicht gesendet'],
    sentAgo: ['Gesendet {name}', 'Vor {name} gesendet'],
    connectedOn: ['Vernetzt {name}', 'Vernetzt seit {name}'],
    messageTo: ['Nachricht an {name}', '{name} eine Nachricht senden'],
    peopleCount: ['Personen ({n})'],
  },
  fr: {
    pendingWithdraw: ['En attente, cliquez pour retirer l’invitation envoyée à {name}'],
    withdrawSent: ['Retirer l’invitation envoyée à {name}'],
    degree1: ['1er'],
    degree2: ['2e'],
    degree3: ['3e', '3e+'],
    accepted: ['a accepté votre invitation'],
    sentToast: ['Votre invitation à {name} a été envoyée'],
    sentToastPlain: ['Invitation envoyée'],
    notSentToast: ['invitation non envoyée'],
    sentAgo: ['Envoyée {name}', 'Envoyé {name}'],
    connectedOn: ['Relation établie {name}', 'Connecté {name}', 'Connectée {name}'],
    messageTo: ['Envoyer un message à {name}'],
    peopleCount: ['Personnes ({n})'],
  },
  es: {
    pendingWithdraw: ['Pendiente, haz clic para retirar la invitación enviada a {name}'],
    withdrawSent: ['Retirar la invitación enviada a {name}'],
    degree1: ['1.º', '1er'],
    degree2: ['2.º'],
    degree3: ['3.º', '3.º+'],
    accepted: ['ha aceptado tu invitación', 'aceptó tu invitación'],
    sentToast: ['Se ha enviado tu invitación a {name}', 'Tu invitación a {name} se ha enviado'],
    sentToastPlain: ['Invitación enviada'],
    notSentToast: ['invitación no enviada'],
    sentAgo: ['Enviada {name}', 'Enviado {name}'],
    connectedOn: ['Conectado {name}', 'Conectada {name}'],
    messageTo: ['Enviar mensaje a {name}'],
    peopleCount: ['Personas ({n})'],
  },
  pt: {
    pendingWithdraw: ['Pendente, clique para retirar o convite enviado para {name}'],
    withdrawSent: ['Retirar convite enviado para {name}'],
    degree1: ['1º'],
    degree2: ['2º'],
    degree3: ['3º', '3º+'],
    accepted: ['aceitou seu convite', 'aceitou o seu convite'],
    sentToast: ['Seu convite para {name} foi enviado'],
    sentToastPlain: ['Convite enviado'],
    notSentToast: ['convite não enviado'],
    sentAgo: ['Enviado {name}'],
    connectedOn: ['Conectado {name}', 'Conectada {name}'],
    messageTo: ['Enviar mensagem para {name}'],
    peopleCount: ['Pessoas ({n})'],
  },
  it: {
    pendingWithdraw: ['In sospeso, fai clic per ritirare l’invito inviato a {name}'],
    withdrawSent: ['Ritira l’invito inviato a {name}'],
    degree1: ['1°'],
    degree2: ['2°'],
    degree3: ['3°', '3°+'],
    accepted: ['ha accettato il tuo invito'],
    sentToast: ['Il tuo invito a {name} è stato inviato'],
    sentToastPlain: ['Invito inviato'],
    notSentToast: ['invito non inviato'],
    sentAgo: ['Inviato {name}'],
    connectedOn: ['Collegato {name}', 'Collegata {name}'],
    messageTo: ['Invia messaggio a {name}'],
    peopleCount: ['Persone ({n})'],
  },
  nl: {
    pendingWithdraw: ['In behandeling, klik om de uitnodiging aan {name} in te trekken'],
    withdrawSent: ['Uitnodiging aan {name} intrekken'],
    degree1: ['1e'],
    degree2: ['2e'],
    degree3: ['3e', '3e+'],
    accepted: ['heeft uw uitnodiging geaccepteerd', 'heeft je uitnodiging geaccepteerd'],
    sentToast: ['Uw uitnodiging aan {name} is verzonden', 'Je uitnodiging aan {name} is verzonden'],
    sentToastPlain: ['Uitnodiging verzonden'],
    notSentToast: ['uitnodiging niet verzonden'],
    sentAgo: ['Verzonden {name}'],
    connectedOn: ['Connectie gemaakt {name}', 'Verbonden {name}'],
    messageTo: ['Bericht aan {name}'],
    peopleCount: ['Personen ({n})'],
  },
  pl: {
    pendingWithdraw: ['W toku; kliknij, aby wycofać zaproszenie wysłane do użytkownika {name}', 'W toku, kliknij, aby wycofać zaproszenie wysłane do użytkownika {name}'],
    withdrawSent: ['Wycofaj zaproszenie wysłane do użytkownika {name}'],
    degree1: ['1.'],
    degree2: ['2.'],
    degree3: ['3.', '3.+'],
    accepted: ['zaakceptował twoje zaproszenie', 'zaakceptowała twoje zaproszenie', 'przyjął twoje zaproszenie', 'przyjęła twoje zaproszenie'],
    sentToast: ['Zaproszenie do użytkownika {name} zostało wysłane'],
    sentToastPlain: ['Zaproszenie wysłane'],
    notSentToast: ['zaproszenie nie zostało wysłane'],
    sentAgo: ['Wysłano {name}'],
    connectedOn: ['Połączono {name}', 'Nawiązano kontakt {name}'],
    messageTo: ['Wyślij wiadomość do użytkownika {name}'],
    peopleCount: ['Osoby ({n})'],
  },
};

export type PeopleLabelKey = keyof PeopleLabelTable;

// Pure, and reached only through the functions below: the bundler drops all of it (tables included)
// from the always-on content script, which imports ./people.ts only for its O(1) path checks.
const lookups = /* @__PURE__ */ labelMatchers<PeopleLabelKey>(PEOPLE_LABELS);
export const matchPeopleTemplate: typeof lookups.matchTemplate = (key, text) => lookups.matchTemplate(key, text);
export const containsPeopleLabel: typeof lookups.containsLabel = (key, text) => lookups.containsLabel(key, text);

/**
 * The library a new user starts with. Each invite is a scaffold around a reason the user must supply
 * (a fill-in), never canned text, and fits LinkedIn's 200-character free limit with typical answers.
 * The array order is the intended display order: the first invite and the first reply are the
 * defaults while Settings.defaultInviteId / defaultReplyId are null.
 * Follow-ups (sent once they accepted) use {reason} and {invitedOn} from the People log, so the reason
 * you connected carries into what you say next; each still asks for one thing only you can add.
 */
import type { Template, TemplateKind } from './schema';

export const DEFAULT_INVITE_ID = 'default-invite-event';
export const DEFAULT_REPLY_ID = 'default-reply-how-met';
/** The first follow-up: a thank-you that carries the reason you connected. */
export const DEFAULT_FOLLOW_UP_ID = 'default-follow-up-thanks';
/** For "Send the reason you kept": the invitation went without a note (quota spent), so say why now. */
export const DEFAULT_KEPT_REASON_ID = 'default-follow-up-kept-reason';

type Seed = [id: string, kind: TemplateKind, name: string, body: string, tags: string[]];

const EN: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Met at an event',
    'Hi {firstName}, it was good to meet you at {{event: Where did you meet?}}. I enjoyed our chat about {{topic: What did you talk about?}} and would like to stay in touch.',
    ['event'],
  ],
  [
    'default-invite-post',
    'invite',
    'Read their post',
    'Hi {firstName}, I read your post about {{topic: What was the post about?}} — {{takeaway: What stuck with you?}}. I would like to follow your work.',
    ['post', 'content'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Mutual colleague',
    'Hi {firstName}, {{mutual: Who do you both know?}} suggested I reach out because {{why: Why did they think you should talk?}}. Glad to connect here.',
    ['introduction'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Same school',
    'Hi {firstName}, fellow {{school: Which school or programme do you share?}} alum here! I noticed {{detail: What caught your eye on their profile?}} and would enjoy connecting.',
    ['alumni', 'school'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Worked together before',
    'Hi {firstName}, we worked together at {{company: Where did you work together?}} on {{project: What did you work on?}}. It would be good to reconnect here.',
    ['colleague', 'reconnect'],
  ],
  [
    'default-invite-community',
    'invite',
    'Shared community',
    'Hi {firstName}, we are both part of {{community: Which community or group?}}, and your {{contribution: What of theirs did you notice?}} stood out to me. I would like to connect.',
    ['community', 'interest'],
  ],
  [
    'default-invite-question',
    'invite',
    'A question for them',
    "Hi {firstName}, I'm {{context: Who are you, in a few words?}} and would value your view on {{question: What would you like to ask them?}}. Would you be open to connecting?",
    ['question'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Ask how we met',
    'Hi {firstName}! Thanks for the invite! How have we met or connected before?',
    ['blank invite'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Glad to connect — and ask',
    "Hi {firstName}, glad to connect! I'd love to hear what you're working on at the moment, and what made you reach out.",
    ['blank invite', 'warm'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'What prompted you?',
    'Hi {firstName}, thanks for reaching out! What prompted you to connect? Always happy to hear what brings people my way.',
    ['blank invite'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Check a guess',
    'Hi {firstName}, thanks for connecting! I think we {{guess: How might you know them? = crossed paths at an event}} — am I remembering that right?',
    ['blank invite', 'reconnect'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Thanks for connecting',
    'Thanks for connecting, {firstName}! I reached out because {reason}. {{next: What would you like to suggest? = Would you be up for a short call in the coming weeks?}}',
    ['follow-up', 'thanks'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Send the reason I kept',
    "Thanks for accepting, {firstName}! LinkedIn didn't let me add a note to my invitation, so here is why I reached out: {reason}",
    ['follow-up', 'kept reason'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Suggest a coffee',
    "Hi {firstName}, we connected on {invitedOn} because {reason}. I'd enjoy continuing the conversation: would you be up for a coffee {{when: When would suit you? = in the next couple of weeks}}?",
    ['follow-up', 'meet'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Keep in touch',
    'Hi {firstName}, {{news: What made you think of them?}} made me think of you. How are things on your side?',
    ['follow-up', 'keep in touch'],
  ],
];

/*
 * The same library in the other languages: written as a native speaker would write to someone on
 * LinkedIn (du to the contact in German, vous in French, tú in Spanish, tu in Italian, je in Dutch, Ty
 * in Polish, você in Brazilian Portuguese; the fill-in questions speak to the user as the UI does:
 * Sie, vous, tú, impersonal Italian and Polish, je, você), not word for word. Polish avoids
 * past-tense forms that would mark the writer's or the reader's gender. Same ids, kinds and
 * fill-in keys as English, so the ids stay stable whatever language a library was seeded in; each
 * invite still asks the user for the reason, and "Ask how we met" asks how we met.
 */
const DE: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Auf einem Event kennengelernt',
    'Hallo {firstName}, schön, dass wir uns bei {{event: Wo haben Sie sich getroffen?}} kennengelernt haben. Unser Gespräch über {{topic: Worüber haben Sie gesprochen?}} hat mir gefallen – lass uns in Kontakt bleiben.',
    ['Event'],
  ],
  [
    'default-invite-post',
    'invite',
    'Beitrag gelesen',
    'Hallo {firstName}, ich habe deinen Beitrag über {{topic: Worum ging es im Beitrag?}} gelesen – {{takeaway: Was ist Ihnen hängen geblieben?}}. Ich würde deine Arbeit gern weiter verfolgen.',
    ['Beitrag', 'Inhalte'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Gemeinsamer Kontakt',
    'Hallo {firstName}, {{mutual: Wen kennen Sie beide?}} hat mir empfohlen, mich bei dir zu melden: {{why: Warum sollten Sie sich austauschen?}}. Ich freue mich, wenn wir uns vernetzen.',
    ['Empfehlung'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Gleiche Hochschule',
    'Hallo {firstName}, wir waren beide an der {{school: Welche Schule oder Hochschule haben Sie gemeinsam?}}! Mir ist {{detail: Was ist Ihnen im Profil aufgefallen?}} aufgefallen – ich würde mich gern vernetzen.',
    ['Alumni', 'Hochschule'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Schon zusammengearbeitet',
    'Hallo {firstName}, wir haben bei {{company: Wo haben Sie zusammengearbeitet?}} gemeinsam an {{project: Woran haben Sie gearbeitet?}} gearbeitet. Schön, hier wieder in Kontakt zu kommen.',
    ['Kollegen', 'Wiedersehen'],
  ],
  [
    'default-invite-community',
    'invite',
    'Gemeinsame Community',
    'Hallo {firstName}, wir sind beide bei {{community: Welche Community oder Gruppe?}} dabei, und mir ist {{contribution: Was von der Person ist Ihnen aufgefallen?}} aufgefallen. Ich würde mich gern vernetzen.',
    ['Community', 'Interessen'],
  ],
  [
    'default-invite-question',
    'invite',
    'Eine Frage an sie oder ihn',
    'Hallo {firstName}, ich bin {{context: Wer sind Sie, in wenigen Worten?}} und würde gern deine Sicht auf {{question: Was möchten Sie fragen?}} hören. Wollen wir uns vernetzen?',
    ['Frage'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Fragen, woher wir uns kennen',
    'Hallo {firstName}, danke für die Einladung! Woher kennen wir uns, oder hatten wir schon einmal miteinander zu tun?',
    ['Einladung ohne Notiz'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Freue mich – und frage nach',
    'Hallo {firstName}, schön, dass wir jetzt vernetzt sind! Woran arbeitest du gerade, und was hat dich dazu gebracht, dich bei mir zu melden?',
    ['Einladung ohne Notiz', 'herzlich'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'Was war der Anlass?',
    'Hallo {firstName}, danke für deine Anfrage! Was war der Anlass, dich mit mir zu vernetzen? Ich erfahre immer gern, was Menschen zu mir führt.',
    ['Einladung ohne Notiz'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Eine Vermutung prüfen',
    'Hallo {firstName}, danke fürs Vernetzen! Ich glaube, wir haben {{guess: Woher könnten Sie die Person kennen? = uns auf einem Event getroffen}} – erinnere ich mich richtig?',
    ['Einladung ohne Notiz', 'Wiedersehen'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Danke fürs Vernetzen',
    'Danke fürs Vernetzen, {firstName}! Ich hatte mich gemeldet, weil {reason}. {{next: Was möchten Sie vorschlagen? = Hättest du in den nächsten Wochen Lust auf ein kurzes Gespräch?}}',
    ['Nachfassen', 'Dank'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Den aufgehobenen Grund senden',
    'Danke, dass du meine Einladung angenommen hast, {firstName}! LinkedIn hat mich keine Notiz hinzufügen lassen, deshalb hier der Grund, warum ich mich gemeldet habe: {reason}',
    ['Nachfassen', 'aufgehobener Grund'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Einen Kaffee vorschlagen',
    'Hallo {firstName}, wir haben uns am {invitedOn} vernetzt, weil {reason}. Ich würde das Gespräch gern fortsetzen – hättest du {{when: Wann würde es passen? = in den nächsten zwei Wochen}} Zeit für einen Kaffee?',
    ['Nachfassen', 'Treffen'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'In Kontakt bleiben',
    'Hallo {firstName}, bei {{news: Was hat Sie an die Person denken lassen?}} musste ich an dich denken. Wie läuft es bei dir?',
    ['Nachfassen', 'in Kontakt bleiben'],
  ],
];

const FR: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Rencontre lors d’un événement',
    'Bonjour {firstName}, ce fut un plaisir de vous rencontrer à {{event: Où vous êtes-vous rencontrés\u00a0?}}. J’ai apprécié notre échange sur {{topic: De quoi avez-vous parlé\u00a0?}} et j’aimerais rester en contact.',
    ['événement'],
  ],
  [
    'default-invite-post',
    'invite',
    'Sa publication m’a parlé',
    'Bonjour {firstName}, j’ai lu votre publication sur {{topic: De quoi parlait la publication\u00a0?}}\u00a0: {{takeaway: Qu’en avez-vous retenu\u00a0?}}. J’aimerais suivre votre travail.',
    ['publication', 'contenu'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Contact en commun',
    'Bonjour {firstName}, {{mutual: Qui connaissez-vous tous les deux\u00a0?}} m’a conseillé de vous contacter, car {{why: Pourquoi devriez-vous échanger\u00a0?}}. Au plaisir d’échanger ici.',
    ['recommandation'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Même école',
    'Bonjour {firstName}, nous avons tous les deux étudié à {{school: Quelle école ou quel programme avez-vous en commun\u00a0?}}\u00a0! J’ai remarqué {{detail: Qu’avez-vous remarqué sur son profil\u00a0?}} et j’aimerais entrer en relation.',
    ['anciens élèves', 'école'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Anciens collègues',
    'Bonjour {firstName}, nous avons travaillé ensemble chez {{company: Où avez-vous travaillé ensemble\u00a0?}} sur {{project: Sur quoi avez-vous travaillé\u00a0?}}. Ce serait bien de reprendre contact ici.',
    ['collègue', 'retrouvailles'],
  ],
  [
    'default-invite-community',
    'invite',
    'Communauté commune',
    'Bonjour {firstName}, nous faisons tous deux partie de {{community: Quelle communauté ou quel groupe\u00a0?}}, et {{contribution: Qu’avez-vous remarqué de sa part\u00a0?}} a retenu mon attention. J’aimerais entrer en relation.',
    ['communauté', 'centres d’intérêt'],
  ],
  [
    'default-invite-question',
    'invite',
    'Une question à lui poser',
    'Bonjour {firstName}, je suis {{context: Qui êtes-vous, en quelques mots\u00a0?}} et votre avis sur {{question: Que voulez-vous lui demander\u00a0?}} me serait précieux. Accepteriez-vous d’entrer en relation\u00a0?',
    ['question'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Demander comment on se connaît',
    'Bonjour {firstName}, merci pour l’invitation\u00a0! Comment nous sommes-nous rencontrés, ou avons-nous déjà été en contact\u00a0?',
    ['invitation sans note'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Au plaisir – et une question',
    'Bonjour {firstName}, au plaisir d’être en relation\u00a0! J’aimerais savoir sur quoi vous travaillez en ce moment, et ce qui vous a donné envie de me contacter.',
    ['invitation sans note', 'chaleureux'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'Qu’est-ce qui vous amène\u00a0?',
    'Bonjour {firstName}, merci pour votre invitation\u00a0! Qu’est-ce qui vous a donné envie d’entrer en relation avec moi\u00a0? J’aime toujours savoir ce qui amène les gens vers moi.',
    ['invitation sans note'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Vérifier une intuition',
    'Bonjour {firstName}, merci pour la mise en relation\u00a0! Je crois que nous {{guess: D’où pourriez-vous vous connaître\u00a0? = nous sommes croisés lors d’un événement}}, est-ce que je me souviens bien\u00a0?',
    ['invitation sans note', 'retrouvailles'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Merci pour la mise en relation',
    'Merci d’avoir accepté, {firstName}\u00a0! Je vous avais contacté car {reason}. {{next: Que souhaitez-vous proposer\u00a0? = Seriez-vous partant pour un court appel dans les semaines à venir\u00a0?}}',
    ['suivi', 'remerciement'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Envoyer la raison gardée',
    'Merci d’avoir accepté mon invitation, {firstName}\u00a0! LinkedIn ne m’a pas permis d’y joindre une note, alors voici pourquoi je vous ai contacté\u00a0: {reason}',
    ['suivi', 'raison gardée'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Proposer un café',
    'Bonjour {firstName}, nous sommes en relation depuis le {invitedOn}, car {reason}. J’aimerais poursuivre la conversation\u00a0: seriez-vous disponible pour un café {{when: Quand cela vous conviendrait-il\u00a0? = dans les deux prochaines semaines}}\u00a0?',
    ['suivi', 'rencontre'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Garder le contact',
    'Bonjour {firstName}, {{news: Qu’est-ce qui vous a fait penser à cette personne\u00a0?}} m’a fait penser à vous. Comment allez-vous de votre côté\u00a0?',
    ['suivi', 'garder le contact'],
  ],
];

const ES: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Nos conocimos en un evento',
    'Hola, {firstName}. Me alegró conocerte en {{event: ¿Dónde fue el encuentro?}}. Disfruté de nuestra charla sobre {{topic: ¿Sobre qué hablaron?}} y me gustaría seguir en contacto.',
    ['evento'],
  ],
  [
    'default-invite-post',
    'invite',
    'Leí su publicación',
    'Hola, {firstName}. Leí tu publicación sobre {{topic: ¿De qué trataba la publicación?}}: {{takeaway: ¿Qué se te quedó?}}. Me gustaría seguir tu trabajo.',
    ['publicación', 'contenido'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Contacto en común',
    'Hola, {firstName}. {{mutual: ¿Quién es el contacto en común?}} me sugirió que te escribiera porque {{why: ¿Por qué te recomendó escribirle?}}. Un placer conectar por aquí.',
    ['recomendación'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Misma universidad',
    'Hola, {firstName}. ¡Los dos pasamos por {{school: ¿Qué centro o programa tienes en común con esta persona?}}! Me llamó la atención {{detail: ¿Qué te llamó la atención de su perfil?}} y me encantaría conectar.',
    ['antiguos alumnos', 'universidad'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Ya trabajamos juntos',
    'Hola, {firstName}. Trabajamos juntos en {{company: ¿En qué empresa fue?}}, en {{project: ¿En qué proyecto?}}. Me alegraría retomar el contacto por aquí.',
    ['compañeros', 'reencuentro'],
  ],
  [
    'default-invite-community',
    'invite',
    'Comunidad en común',
    'Hola, {firstName}. Los dos formamos parte de {{community: ¿Qué comunidad o grupo?}} y me llamó la atención {{contribution: ¿Qué aportación suya te llamó la atención?}}. Me gustaría conectar.',
    ['comunidad', 'intereses'],
  ],
  [
    'default-invite-question',
    'invite',
    'Una pregunta para esta persona',
    'Hola, {firstName}. Soy {{context: ¿Quién eres, en pocas palabras?}} y me interesaría mucho tu opinión sobre {{question: ¿Qué te gustaría preguntarle?}}. ¿Conectamos?',
    ['pregunta'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Preguntar de qué nos conocemos',
    '¡Hola, {firstName}! ¡Gracias por la invitación! ¿De qué nos conocemos o dónde hemos coincidido antes?',
    ['invitación sin nota'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Un placer conectar, y una pregunta',
    'Hola, {firstName}, ¡un placer conectar! Me encantaría saber en qué estás trabajando ahora y qué te llevó a escribirme.',
    ['invitación sin nota', 'cercana'],
  ],
  [
    'default-reply-prompted',
    'reply',
    '¿Qué te llevó a conectar?',
    'Hola, {firstName}, ¡gracias por escribir! ¿Qué te llevó a conectar conmigo? Siempre me gusta saber qué trae a la gente hasta mí.',
    ['invitación sin nota'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Comprobar una suposición',
    'Hola, {firstName}, ¡gracias por conectar! Creo que {{guess: ¿De qué podrías conocer a esta persona? = coincidimos en un evento}}, ¿lo recuerdo bien?',
    ['invitación sin nota', 'reencuentro'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Gracias por conectar',
    '¡Gracias por conectar, {firstName}! Te escribí porque {reason}. {{next: ¿Qué te gustaría proponer? = ¿Te apetecería una llamada corta en las próximas semanas?}}',
    ['seguimiento', 'agradecimiento'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Enviar el motivo guardado',
    '¡Gracias por aceptar mi invitación, {firstName}! LinkedIn no me dejó añadir una nota, así que aquí va el motivo por el que te escribí: {reason}',
    ['seguimiento', 'motivo guardado'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Proponer un café',
    'Hola, {firstName}. Conectamos el {invitedOn} porque {reason}. Me encantaría seguir la conversación: ¿te apetece tomar un café {{when: ¿Cuándo te vendría bien? = en las próximas dos semanas}}?',
    ['seguimiento', 'reunión'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Mantener el contacto',
    'Hola, {firstName}. {{news: ¿Qué te hizo pensar en esta persona?}} me hizo pensar en ti. ¿Qué tal te va?',
    ['seguimiento', 'mantener el contacto'],
  ],
];

const IT: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Conosciuti a un evento',
    'Ciao {firstName}, è stato un piacere conoscerti a {{event: Dove vi siete conosciuti?}}. Mi è piaciuta la nostra chiacchierata su {{topic: Di cosa avete parlato?}} e vorrei restare in contatto.',
    ['evento'],
  ],
  [
    'default-invite-post',
    'invite',
    'Ho letto un suo post',
    'Ciao {firstName}, ho letto il tuo post su {{topic: Di cosa parlava il post?}}: {{takeaway: Cosa è rimasto impresso?}}. Mi piacerebbe seguire il tuo lavoro.',
    ['post', 'contenuti'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Contatto in comune',
    'Ciao {firstName}, {{mutual: Chi conoscete entrambi?}} mi ha suggerito di scriverti perché {{why: Perché dovreste sentirvi?}}. Sarei felice di collegarci qui.',
    ['presentazione'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Stessa scuola',
    'Ciao {firstName}, anch’io ho studiato a {{school: Quale scuola o corso avete in comune?}}! Ho notato {{detail: Cosa ha colpito del suo profilo?}} e mi farebbe piacere collegarci.',
    ['ex studenti', 'scuola'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Abbiamo già lavorato insieme',
    'Ciao {firstName}, abbiamo lavorato insieme in {{company: Dove avete lavorato insieme?}} su {{project: A cosa avete lavorato?}}. Sarebbe bello ritrovarci qui.',
    ['colleghi', 'ritrovarsi'],
  ],
  [
    'default-invite-community',
    'invite',
    'Community in comune',
    'Ciao {firstName}, facciamo entrambi parte di {{community: Quale community o gruppo?}} e mi ha colpito {{contribution: Quale suo contributo è saltato all’occhio?}}. Mi farebbe piacere entrare in contatto.',
    ['community', 'interessi'],
  ],
  [
    'default-invite-question',
    'invite',
    'Una domanda per questa persona',
    'Ciao {firstName}, sono {{context: Come presentarsi, in poche parole?}} e mi interesserebbe molto il tuo parere su {{question: Cosa chiedere a questa persona?}}. Ti andrebbe di collegarci?',
    ['domanda'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Chiedi come ci siamo conosciuti',
    'Ciao {firstName}! Grazie per l’invito! Come ci siamo conosciuti, o ci siamo già incrociati da qualche parte?',
    ['invito senza nota'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Felice del contatto, e una domanda',
    'Ciao {firstName}, felice di essere in contatto! Mi piacerebbe sapere a cosa stai lavorando in questo periodo e cosa ti ha spinto a scrivermi.',
    ['invito senza nota', 'cordiale'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'Cosa ti ha spinto?',
    'Ciao {firstName}, grazie per avermi contattato! Cosa ti ha spinto a collegarti con me? Mi fa sempre piacere sapere cosa porta le persone fino a me.',
    ['invito senza nota'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Verificare un’ipotesi',
    'Ciao {firstName}, grazie per il collegamento! Credo che {{guess: Come potreste conoscervi? = ci siamo incrociati a un evento}}: ricordo bene?',
    ['invito senza nota', 'ritrovarsi'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Grazie per il collegamento',
    'Grazie per aver accettato, {firstName}! Ti avevo scritto perché {reason}. {{next: Cosa proporre? = Ti andrebbe una breve chiamata nelle prossime settimane?}}',
    ['follow-up', 'ringraziamento'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Invia il motivo conservato',
    'Grazie per aver accettato il mio invito, {firstName}! LinkedIn non mi ha permesso di aggiungere una nota, quindi ecco perché ti avevo scritto: {reason}',
    ['follow-up', 'motivo conservato'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Proporre un caffè',
    'Ciao {firstName}, ci siamo collegati il {invitedOn} perché {reason}. Mi piacerebbe continuare la conversazione: ti andrebbe un caffè {{when: Quando sarebbe comodo? = nelle prossime due settimane}}?',
    ['follow-up', 'incontro'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Mantenere i contatti',
    'Ciao {firstName}, {{news: Cosa ha fatto pensare a questa persona?}} mi ha fatto pensare a te. Come vanno le cose?',
    ['follow-up', 'restare in contatto'],
  ],
];

const NL: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Ontmoet op een evenement',
    'Hoi {firstName}, leuk je te hebben ontmoet op {{event: Waar hebben jullie elkaar ontmoet?}}. Ik vond ons gesprek over {{topic: Waar hadden jullie het over?}} erg leuk en blijf graag in contact.',
    ['evenement'],
  ],
  [
    'default-invite-post',
    'invite',
    'Post gelezen',
    'Hoi {firstName}, ik las je post over {{topic: Waar ging de post over?}}: {{takeaway: Wat is je bijgebleven?}}. Ik volg je werk graag.',
    ['post', 'content'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Gemeenschappelijk contact',
    'Hoi {firstName}, {{mutual: Wie kennen jullie allebei?}} raadde me aan je te benaderen, omdat {{why: Waarom zouden jullie moeten praten?}}. Leuk om hier te connecten.',
    ['introductie'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Zelfde opleiding',
    'Hoi {firstName}, we zijn allebei oud-student van {{school: Welke school of opleiding hebben jullie gemeen?}}! Ik zag {{detail: Wat viel je op in het profiel?}} en zou graag connecten.',
    ['alumni', 'opleiding'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Eerder samengewerkt',
    'Hoi {firstName}, we werkten samen bij {{company: Waar werkten jullie samen?}} aan {{project: Waar werkten jullie aan?}}. Leuk om hier weer contact te hebben.',
    ['collega', 'weerzien'],
  ],
  [
    'default-invite-community',
    'invite',
    'Gedeelde community',
    'Hoi {firstName}, we zitten allebei in {{community: Welke community of groep?}} en {{contribution: Wat viel je op aan deze persoon?}} sprong er voor mij uit. Ik zou graag connecten.',
    ['community', 'interesses'],
  ],
  [
    'default-invite-question',
    'invite',
    'Een vraag aan deze persoon',
    'Hoi {firstName}, ik ben {{context: Wie ben je, in een paar woorden?}} en ben benieuwd naar jouw kijk op {{question: Wat wil je vragen?}}. Sta je open voor een connectie?',
    ['vraag'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Vragen hoe we elkaar kennen',
    'Hoi {firstName}! Bedankt voor de uitnodiging! Hoe kennen we elkaar, of hebben we al eens eerder contact gehad?',
    ['uitnodiging zonder opmerking'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Leuk, en een vraag terug',
    'Hoi {firstName}, leuk dat we nu verbonden zijn! Ik hoor graag waar je op dit moment aan werkt en wat je ertoe bracht om contact op te nemen.',
    ['uitnodiging zonder opmerking', 'hartelijk'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'Wat was de aanleiding?',
    'Hoi {firstName}, bedankt voor je uitnodiging! Wat was de aanleiding om met mij te connecten? Ik hoor altijd graag wat mensen naar mij toe brengt.',
    ['uitnodiging zonder opmerking'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Een vermoeden checken',
    'Hoi {firstName}, bedankt voor de connectie! Ik denk dat we {{guess: Waarvan zou je deze persoon kunnen kennen? = elkaar op een evenement zijn tegengekomen}}, klopt dat?',
    ['uitnodiging zonder opmerking', 'weerzien'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Bedankt voor de connectie',
    'Bedankt voor het accepteren, {firstName}! Ik nam contact op omdat {reason}. {{next: Wat wil je voorstellen? = Zin in een kort gesprek in de komende weken?}}',
    ['follow-up', 'bedankt'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'De bewaarde reden sturen',
    'Bedankt dat je mijn uitnodiging hebt geaccepteerd, {firstName}! LinkedIn liet me geen opmerking toevoegen, dus hier alsnog waarom ik contact opnam: {reason}',
    ['follow-up', 'bewaarde reden'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Koffie voorstellen',
    'Hoi {firstName}, we maakten op {invitedOn} connectie omdat {reason}. Ik praat graag verder: zin om {{when: Wanneer komt het uit? = in de komende twee weken}} een kop koffie te drinken?',
    ['follow-up', 'afspreken'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Contact houden',
    'Hoi {firstName}, door {{news: Waardoor moest je aan deze persoon denken?}} moest ik aan je denken. Hoe gaat het met je?',
    ['follow-up', 'contact houden'],
  ],
];

const PL: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Poznani na wydarzeniu',
    'Cześć {firstName}, miło było Cię poznać na {{event: Gdzie było to spotkanie?}}. Rozmowa o {{topic: Jaki był temat rozmowy?}} była bardzo ciekawa – chętnie pozostanę w kontakcie.',
    ['wydarzenie'],
  ],
  [
    'default-invite-post',
    'invite',
    'Post tej osoby',
    'Cześć {firstName}, Twój post o {{topic: O czym był post?}} dał mi do myślenia: {{takeaway: Co zapadło w pamięć?}}. Chętnie będę śledzić Twoją pracę.',
    ['post', 'treści'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Wspólny znajomy',
    'Cześć {firstName}, {{mutual: Kto jest waszym wspólnym znajomym?}} poleca mi kontakt z Tobą, bo {{why: Dlaczego warto porozmawiać?}}. Miło mi nawiązać tu kontakt.',
    ['polecenie'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Ta sama uczelnia',
    'Cześć {firstName}, mamy wspólną uczelnię: {{school: Jaką szkołę lub program macie wspólne?}}! Moją uwagę zwraca {{detail: Co zwraca uwagę w profilu tej osoby?}} – chętnie nawiążę kontakt.',
    ['absolwenci', 'uczelnia'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Wspólna praca',
    'Cześć {firstName}, łączy nas wspólna praca w {{company: W jakiej firmie?}} przy {{project: Przy jakim projekcie?}}. Miło będzie odnowić tu kontakt.',
    ['współpracownicy', 'odnowienie kontaktu'],
  ],
  [
    'default-invite-community',
    'invite',
    'Wspólna społeczność',
    'Cześć {firstName}, łączy nas {{community: Jaka społeczność lub grupa?}}, a moją uwagę zwraca {{contribution: Co w działaniach tej osoby zwraca uwagę?}}. Chętnie nawiążę kontakt.',
    ['społeczność', 'zainteresowania'],
  ],
  [
    'default-invite-question',
    'invite',
    'Pytanie do tej osoby',
    'Cześć {firstName}, jestem {{context: Jak się przedstawić, w kilku słowach?}} i bardzo chętnie poznam Twoje zdanie na temat {{question: O co zapytać tę osobę?}}. Czy możemy nawiązać kontakt?',
    ['pytanie'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Zapytaj, skąd się znamy',
    'Cześć {firstName}! Dzięki za zaproszenie! Skąd się znamy? Czy nasze drogi już się kiedyś przecięły?',
    ['zaproszenie bez notatki'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Miło mi – i pytanie',
    'Cześć {firstName}, miło nawiązać kontakt! Chętnie dowiem się, nad czym teraz pracujesz i co skłoniło Cię do napisania.',
    ['zaproszenie bez notatki', 'serdecznie'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'Co Cię skłoniło?',
    'Cześć {firstName}, dzięki za zaproszenie! Co skłoniło Cię do nawiązania kontaktu? Zawsze chętnie słucham, co sprowadza do mnie ludzi.',
    ['zaproszenie bez notatki'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Sprawdzić przypuszczenie',
    'Cześć {firstName}, dzięki za kontakt! Wydaje mi się, że {{guess: Skąd możecie się znać? = nasze drogi przecięły się na jakimś wydarzeniu}} – dobrze pamiętam?',
    ['zaproszenie bez notatki', 'odnowienie kontaktu'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Dzięki za kontakt',
    'Dzięki za przyjęcie zaproszenia, {firstName}! Zależało mi na kontakcie, bo {reason}. {{next: Co zaproponować? = Może krótka rozmowa w najbliższych tygodniach?}}',
    ['follow-up', 'podziękowanie'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Wyślij zachowany powód',
    'Dzięki za przyjęcie zaproszenia, {firstName}! LinkedIn nie pozwolił mi dodać notatki, więc piszę teraz, dlaczego zależało mi na kontakcie: {reason}',
    ['follow-up', 'zachowany powód'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Zaproponuj kawę',
    'Cześć {firstName}, jesteśmy w kontakcie od {invitedOn}, bo {reason}. Chętnie pociągnę tę rozmowę: może kawa {{when: Kiedy pasuje? = w najbliższych dwóch tygodniach}}?',
    ['follow-up', 'spotkanie'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Utrzymanie kontaktu',
    'Cześć {firstName}, {{news: Co przypomniało o tej osobie?}} – i od razu przyszło mi na myśl, żeby się odezwać. Co u Ciebie słychać?',
    ['follow-up', 'utrzymanie kontaktu'],
  ],
];

const PT: readonly Seed[] = [
  [
    DEFAULT_INVITE_ID,
    'invite',
    'Nos conhecemos em um evento',
    'Olá, {firstName}! Foi ótimo conhecer você em {{event: Onde vocês se conheceram?}}. Gostei da nossa conversa sobre {{topic: Sobre o que vocês conversaram?}} e quero manter contato.',
    ['evento'],
  ],
  [
    'default-invite-post',
    'invite',
    'Li a publicação',
    'Olá, {firstName}! Li sua publicação sobre {{topic: Sobre o que era a publicação?}}: {{takeaway: O que ficou com você?}}. Quero acompanhar seu trabalho.',
    ['publicação', 'conteúdo'],
  ],
  [
    'default-invite-introduction',
    'invite',
    'Contato em comum',
    'Olá, {firstName}! {{mutual: Quem vocês conhecem em comum?}} sugeriu que eu falasse com você porque {{why: Por que vocês deveriam conversar?}}. Que bom nos conectarmos por aqui.',
    ['indicação'],
  ],
  [
    'default-invite-alumni',
    'invite',
    'Mesma faculdade',
    'Olá, {firstName}! Também passei por {{school: Qual escola ou curso vocês têm em comum?}}! Vi {{detail: O que chamou sua atenção no perfil?}} e adoraria trocar ideias por aqui.',
    ['ex-alunos', 'faculdade'],
  ],
  [
    'default-invite-colleague',
    'invite',
    'Já trabalhamos juntos',
    'Olá, {firstName}! Trabalhamos juntos na {{company: Onde vocês trabalharam juntos?}}, em {{project: Em que vocês trabalharam?}}. Seria ótimo retomar o contato por aqui.',
    ['colega', 'reencontro'],
  ],
  [
    'default-invite-community',
    'invite',
    'Comunidade em comum',
    'Olá, {firstName}! Fazemos parte de {{community: Qual comunidade ou grupo?}}, e {{contribution: O que você notou dessa pessoa?}} me chamou a atenção. Adoraria trocar ideias por aqui.',
    ['comunidade', 'interesses'],
  ],
  [
    'default-invite-question',
    'invite',
    'Uma pergunta para a pessoa',
    'Olá, {firstName}! Sou {{context: Quem é você, em poucas palavras?}} e gostaria muito de saber sua opinião sobre {{question: O que você quer perguntar?}}. Podemos nos conectar?',
    ['pergunta'],
  ],
  [
    DEFAULT_REPLY_ID,
    'reply',
    'Perguntar como nos conhecemos',
    'Olá, {firstName}! Agradeço o convite! Como nos conhecemos, ou já tivemos algum contato antes?',
    ['convite sem nota'],
  ],
  [
    'default-reply-warm',
    'reply',
    'Que bom, e uma pergunta',
    'Olá, {firstName}! Que bom estarmos conectados! Adoraria saber no que você está trabalhando no momento e o que fez você entrar em contato.',
    ['convite sem nota', 'caloroso'],
  ],
  [
    'default-reply-prompted',
    'reply',
    'O que motivou o contato?',
    'Olá, {firstName}! Agradeço o contato! O que motivou você a se conectar comigo? Sempre gosto de saber o que traz as pessoas até mim.',
    ['convite sem nota'],
  ],
  [
    'default-reply-guess',
    'reply',
    'Confirmar um palpite',
    'Olá, {firstName}! Agradeço a conexão! Acho que {{guess: De onde vocês podem se conhecer? = nos cruzamos em algum evento}}, estou lembrando certo?',
    ['convite sem nota', 'reencontro'],
  ],
  [
    DEFAULT_FOLLOW_UP_ID,
    'follow-up',
    'Agradecer a conexão',
    'Agradeço por aceitar o convite, {firstName}! Entrei em contato porque {reason}. {{next: O que você quer propor? = Que tal uma conversa rápida nas próximas semanas?}}',
    ['follow-up', 'agradecimento'],
  ],
  [
    DEFAULT_KEPT_REASON_ID,
    'follow-up',
    'Enviar o motivo guardado',
    'Agradeço por aceitar meu convite, {firstName}! O LinkedIn não me deixou adicionar uma nota, então conto aqui por que entrei em contato: {reason}',
    ['follow-up', 'motivo guardado'],
  ],
  [
    'default-follow-up-coffee',
    'follow-up',
    'Propor um café',
    'Olá, {firstName}! Nos conectamos em {invitedOn} porque {reason}. Adoraria continuar a conversa: que tal um café {{when: Quando seria bom? = nas próximas duas semanas}}?',
    ['follow-up', 'encontro'],
  ],
  [
    'default-follow-up-check-in',
    'follow-up',
    'Manter contato',
    'Olá, {firstName}! {{news: O que fez você pensar nessa pessoa?}} me fez pensar em você. Como estão as coisas por aí?',
    ['follow-up', 'manter contato'],
  ],
];

const SEEDS: Readonly<Record<string, readonly Seed[]>> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL, pl: PL, pt: PT };
/** The languages the default library is written in. */
export const DEFAULT_LIBRARY_LANGUAGES = Object.keys(SEEDS);

/**
 * The defaults in `lang` (a BCP 47 tag such as "de-AT", or just "de"; the browser's UI language at
 * seeding time), English when we have no library in that language.
 */
export function defaultTemplates(now: number, lang = 'en'): Template[] {
  const seeds = SEEDS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? EN;
  // Creation times one millisecond apart keep "sort by creation" in the intended order.
  return seeds.map(([id, kind, name, body, tags], i) => ({ id, kind, name, body, tags: [...tags], createdAt: now + i, updatedAt: now + i }));
}

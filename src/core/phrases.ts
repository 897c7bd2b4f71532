/**
 * Phrase tables for the note policy, one list per LinkedIn locale. They are compared after
 * `normalizeForComparison` (case, accents, apostrophes and punctuation do not matter), so write them
 * naturally. Near variants within a small edit distance match too, so list the distinct wordings only.
 */
import type { Locale } from './locale';

/** LinkedIn's own pre-filled invitation texts, current and older ("join your network"), formal and informal. */
export const STOCK_INVITE_PHRASES: Record<Locale, readonly string[]> = {
  en: [
    "I'd like to add you to my professional network on LinkedIn.",
    "I'd like to add you to my professional network.",
    "I'd like to join your LinkedIn network.",
    'I would like to join your LinkedIn network.',
    "I'd like to connect with you on LinkedIn.",
  ],
  de: [
    'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich würde Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich würde dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich möchte Sie zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich möchte Ihrem LinkedIn-Netzwerk beitreten.',
    'Ich möchte deinem LinkedIn-Netzwerk beitreten.',
  ],
  fr: [
    'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.',
    "Je souhaiterais t'ajouter à mon réseau professionnel sur LinkedIn.",
    'Je souhaite vous ajouter à mon réseau professionnel sur LinkedIn.',
    "J'aimerais vous ajouter à mon réseau professionnel sur LinkedIn.",
    "J'aimerais t'ajouter à mon réseau professionnel sur LinkedIn.",
    'Je souhaiterais rejoindre votre réseau LinkedIn.',
  ],
  es: [
    'Me gustaría añadirte a mi red profesional en LinkedIn.',
    'Me gustaría añadirle a mi red profesional en LinkedIn.',
    'Me gustaría agregarte a mi red profesional en LinkedIn.',
    'Me gustaría agregarle a mi red profesional de LinkedIn.',
    'Me gustaría unirme a tu red de LinkedIn.',
  ],
  pt: [
    'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
    'Gostaria de adicioná-la à minha rede profissional no LinkedIn.',
    'Gostaria de adicionar você à minha rede profissional no LinkedIn.',
    'Gostaria de te adicionar à minha rede profissional no LinkedIn.',
    'Gostaria de fazer parte da sua rede no LinkedIn.',
  ],
  it: [
    'Vorrei aggiungerti alla mia rete professionale su LinkedIn.',
    'Vorrei aggiungerla alla mia rete professionale su LinkedIn.',
    'Vorrei aggiungerti alla mia rete di contatti professionali su LinkedIn.',
    'Vorrei entrare a far parte della tua rete su LinkedIn.',
  ],
  nl: [
    'Ik wil je graag uitnodigen voor mijn professionele netwerk op LinkedIn.',
    'Ik wil u graag uitnodigen voor mijn professionele netwerk op LinkedIn.',
    'Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.',
    'Ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn.',
    'Ik wil graag lid worden van je LinkedIn-netwerk.',
  ],
  pl: [
    'Chciałbym dodać Cię do mojej sieci zawodowej na LinkedIn.',
    'Chciałabym dodać Cię do mojej sieci zawodowej na LinkedIn.',
    'Chciałbym dodać Pana do mojej sieci zawodowej na LinkedIn.',
    'Chciałbym dodać Panią do mojej sieci zawodowej na LinkedIn.',
    'Chciałbym dołączyć do Twojej sieci na LinkedIn.',
    'Chciałabym dołączyć do Twojej sieci kontaktów na LinkedIn.',
  ],
};

/** Sentences that say nothing beyond "connect with me". A note made only of these is generic. */
export const CONTENTLESS_PHRASES: Record<Locale, readonly string[]> = {
  en: [
    "I'd like to connect", "I'd like to connect with you", 'I would like to connect with you', "Let's connect",
    "Let's connect on LinkedIn", "I'd love to connect", 'Would love to connect', 'Happy to connect',
    'Glad to connect', 'Nice to connect', 'Please accept my invitation', 'Please accept my invite', 'Please connect',
    "Let's stay connected", "Let's stay in touch", 'Looking forward to connecting', 'Hope to connect',
    "Let's network", 'Connect with me', 'Can we connect', 'Shall we connect', "I'd like to add you to my network",
    "I'd like to add you to my LinkedIn network", 'I would like to add you to my network', 'Want to connect',
    'I am expanding my network', "I'm expanding my professional network", 'Growing my network',
    "I'd like to join your network", "I'd like to join your professional network",
  ],
  de: [
    'Lass uns vernetzen', 'Lassen Sie uns vernetzen', 'Lass uns connecten', 'Ich würde mich gerne mit Ihnen vernetzen',
    'Ich würde mich gerne mit dir vernetzen', 'Ich möchte mich gerne mit Ihnen vernetzen',
    'Ich möchte mich gerne mit dir vernetzen', 'Ich möchte mich mit Ihnen vernetzen', 'Gerne möchte ich mich mit Ihnen vernetzen',
    'Ich freue mich auf die Vernetzung', 'Freue mich auf die Vernetzung', 'Bitte nehmen Sie meine Einladung an',
    'Ich würde mich freuen, wenn wir uns vernetzen', 'Ich freue mich auf den Austausch',
    'Ich möchte Sie gerne zu meinem Netzwerk hinzufügen', 'Ich möchte dich gerne zu meinem Netzwerk hinzufügen',
  ],
  fr: [
    'Je souhaiterais me connecter avec vous', "J'aimerais me connecter avec vous", "J'aimerais entrer en contact avec vous",
    'Connectons-nous', 'Restons en contact', "Au plaisir d'échanger", 'Ravi de me connecter avec vous',
    'Merci d’accepter mon invitation', 'Je souhaiterais vous ajouter à mon réseau', "J'aimerais t'ajouter à mon réseau",
    'Au plaisir de vous compter parmi mes relations',
  ],
  es: [
    'Me gustaría conectar contigo', 'Me gustaría conectar con usted', 'Conectemos', 'Me encantaría conectar contigo',
    'Me gustaría formar parte de tu red', 'Un placer conectar', 'Espero conectar contigo', 'Acepta mi invitación',
    'Me gustaría añadirte a mi red', 'Me gustaría agregarte a mi red', 'Sigamos en contacto',
  ],
  pt: [
    'Gostaria de me conectar com você', 'Vamos nos conectar', 'Vamos conectar', 'Adoraria me conectar com você',
    'Gostaria de fazer parte da sua rede', 'Prazer em conectar', 'Gostaria de adicioná-lo à minha rede',
    'Gostaria de adicionar você à minha rede', 'Aceite meu convite',
  ],
  it: [
    'Vorrei collegarmi con te', 'Vorrei connettermi con te', 'Colleghiamoci', 'Connettiamoci',
    'Mi piacerebbe collegarmi con te', 'Piacere di connetterci', 'Restiamo in contatto', 'Vorrei aggiungerti alla mia rete',
    'Vorrei entrare nella tua rete',
  ],
  nl: [
    'Laten we connecten', 'Ik wil graag met je connecten', 'Ik wil graag met u connecten', 'Ik zou graag met je connecten',
    'Graag wil ik met je in contact komen', 'Laten we in contact blijven', 'Ik kom graag met je in contact',
    'Ik wil je graag toevoegen aan mijn netwerk',
  ],
  pl: [
    'Chciałbym się z Tobą połączyć', 'Chciałabym się z Tobą połączyć', 'Nawiążmy kontakt', 'Połączmy się',
    'Chętnie nawiążę kontakt', 'Zapraszam do kontaktu', 'Zapraszam do sieci', 'Chciałbym nawiązać kontakt',
    'Chciałabym nawiązać kontakt', 'Chciałbym dodać Cię do mojej sieci',
  ],
};

/** Openings that may precede a name ("Hi Maya,"). Matched word for word, after normalisation. */
export const GREETINGS: Record<Locale, readonly string[]> = {
  en: ['hi', 'hello', 'hey', 'hiya', 'hi there', 'hello there', 'hey there', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening', 'howdy'],
  de: ['hallo', 'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'grüß gott', 'grüezi'],
  fr: ['bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'coucou'],
  es: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'estimado', 'estimada', 'querido', 'querida'],
  pt: ['olá', 'oi', 'bom dia', 'boa tarde', 'boa noite', 'prezado', 'prezada', 'caro', 'cara'],
  it: ['ciao', 'salve', 'buongiorno', 'buonasera', 'gentile', 'gentilissimo', 'gentilissima'],
  nl: ['hoi', 'beste', 'geachte', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag'],
  pl: ['cześć', 'witam', 'witaj', 'dzień dobry', 'szanowny', 'szanowna', 'szanowni', 'hej', 'dobry wieczór'],
};

/** Closings that may be followed by a name ("Best, Tom"). Matched word for word, after normalisation. */
export const SIGN_OFFS: Record<Locale, readonly string[]> = {
  en: ['best', 'best regards', 'kind regards', 'warm regards', 'regards', 'best wishes', 'all the best', 'thanks', 'thank you', 'many thanks', 'cheers', 'sincerely', 'yours', 'take care', 'talk soon', 'br', 'looking forward to connecting', 'thanks in advance'],
  de: ['viele grüße', 'beste grüße', 'liebe grüße', 'herzliche grüße', 'freundliche grüße', 'mit freundlichen grüßen', 'gruß', 'grüße', 'lg', 'vg', 'bg', 'mfg', 'danke', 'vielen dank'],
  fr: ['cordialement', 'bien cordialement', 'bien à vous', 'merci', 'merci beaucoup', 'à bientôt', 'amicalement', 'bonne journée'],
  es: ['saludos', 'un saludo', 'saludos cordiales', 'gracias', 'muchas gracias', 'atentamente', 'un abrazo', 'abrazos'],
  pt: ['abraços', 'abraço', 'um abraço', 'obrigado', 'obrigada', 'cumprimentos', 'atenciosamente', 'saudações', 'att'],
  it: ['saluti', 'cordiali saluti', 'un saluto', 'grazie', 'a presto', 'buona giornata'],
  nl: ['groeten', 'groet', 'met vriendelijke groet', 'vriendelijke groeten', 'hartelijke groet', 'bedankt', 'dank je', 'dank u', 'mvg'],
  pl: ['pozdrawiam', 'pozdrowienia', 'dziękuję', 'z poważaniem', 'serdecznie pozdrawiam'],
};

/**
 * The library a new user starts with. Each invite is a scaffold around a reason the user must supply
 * (a fill-in), never canned text, and fits LinkedIn's 200-character free limit with typical answers.
 * The array order is the intended display order: the first invite and the first reply are the
 * defaults while Settings.defaultInviteId / defaultReplyId are null.
 */
import type { Template, TemplateKind } from './schema';

export const DEFAULT_INVITE_ID = 'default-invite-event';
export const DEFAULT_REPLY_ID = 'default-reply-how-met';

type Seed = [id: string, kind: TemplateKind, name: string, body: string, tags: string[]];

const SEEDS: readonly Seed[] = [
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
];

export function defaultTemplates(now: number): Template[] {
  // Creation times one millisecond apart keep "sort by creation" in the intended order.
  return SEEDS.map(([id, kind, name, body, tags], i) => ({ id, kind, name, body, tags: [...tags], createdAt: now + i, updatedAt: now + i }));
}

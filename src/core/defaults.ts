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

export function defaultTemplates(now: number): Template[] {
  // Creation times one millisecond apart keep "sort by creation" in the intended order.
  return SEEDS.map(([id, kind, name, body, tags], i) => ({ id, kind, name, body, tags: [...tags], createdAt: now + i, updatedAt: now + i }));
}

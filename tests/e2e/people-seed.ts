// People records in the store's stored form (`p:<id>`, src/storage/people-records.ts encodePerson),
// for the e2e files that seed People through the service worker (people-ui, storage-garbage, hostile-text).
import { encodePerson } from '../../src/storage/people-records';
import type { Person } from '../../src/core/people/model';

/** A person invited a day before `now`, with a note and a reason; `extra` overrides any field. */
export function seedPerson(vanity: string, fullName: string, extra: Partial<Person> = {}, now = Date.now()): Record<string, unknown> {
  const at = now - 86_400_000;
  return encodePerson({
    id: `v:${vanity}`,
    fullName,
    vanityName: vanity,
    profileUrn: null,
    state: 'sent',
    evidence: [{ signal: 'sent-toast', at, where: `/in/${vanity}/` }],
    invite: { at, note: `Hi ${fullName.split(' ')[0]}, loved your talk.`, templateId: null, templateName: null, answers: { reason: 'your talk on platform teams' }, reason: 'your talk on platform teams', mode: 'note' },
    events: [{ id: `e-${vanity}`, type: 'invited', at }],
    followUps: [],
    cadenceWeeks: null,
    lastContactAt: null,
    howWeMet: { text: '', where: '', when: '' },
    reasonDeliveredAt: null,
    connectedAt: null,
    createdAt: at,
    updatedAt: at,
    ...extra,
  });
}

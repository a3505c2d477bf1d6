import { ACTIVITY_SUBJECTS, type ActivitySubject } from '../../../shared/src/index.js';
import type { ActivityEntry } from '../api/versionsApi.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/translate.js';

/** Collections whose entries count entities; the others say what happened in one phrase. */
const COUNTED: Partial<Record<ActivitySubject, MessageKey>> = {
  phases: 'history.subject.phases',
  personas: 'history.subject.personas',
  touchpoints: 'history.subject.touchpoints',
  measures: 'history.subject.measures',
  lanes: 'history.subject.lanes',
  cards: 'history.subject.cards',
};
const PHRASES: Partial<Record<ActivitySubject, MessageKey>> = {
  restore: 'history.activity.restore',
  title: 'history.activity.title',
  settings: 'history.activity.settings',
  measurements: 'history.activity.measurements',
};
const ROLE_NAMES: Record<string, MessageKey> = {
  owner: 'history.role.owner',
  editor: 'history.role.editor',
  commenter: 'history.role.commenter',
  viewer: 'history.role.viewer',
};

/** Who an entry is about: the person's name, else their link's role, else "the API". */
export function activityActor(entry: Pick<ActivityEntry, 'actor' | 'role' | 'via'>, t: Translate): string {
  if (entry.actor) return entry.actor;
  const role = entry.role === null ? undefined : ROLE_NAMES[entry.role];
  if (entry.via === 'api') return role ? t('history.actor.apiAs', { role: t(role) }) : t('history.actor.api');
  return role ? t(role) : t('history.actor.unknown');
}

/** One line per subject: "added 2 touchpoints, changed 1 touchpoint" and the names involved. */
export function activityLines(entry: Pick<ActivityEntry, 'changes'>, t: Translate): { text: string; names: string[] }[] {
  const lines: { text: string; names: string[] }[] = [];
  for (const subject of ACTIVITY_SUBJECTS) {
    const counts = entry.changes[subject];
    if (!counts) continue;
    const phrase = PHRASES[subject];
    if (phrase) {
      lines.push({ text: t(phrase), names: counts.names });
      continue;
    }
    const what = COUNTED[subject];
    if (!what) continue;
    const parts: string[] = [];
    if (counts.added > 0) parts.push(t('history.activity.added', { what: t(what, { count: counts.added }) }));
    if (counts.changed > 0) parts.push(t('history.activity.changed', { what: t(what, { count: counts.changed }) }));
    if (counts.removed > 0) parts.push(t('history.activity.removed', { what: t(what, { count: counts.removed }) }));
    if (parts.length > 0) lines.push({ text: parts.join(', '), names: counts.names });
  }
  return lines;
}

import { useCallback, useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/useT.js';
import { browserParticipantStorage, cleanName, loadParticipant, saveColor, saveName } from './participant.js';
import { PresenceChannel } from './PresenceChannel.js';

export interface Presence {
  /** Null until the map's session has started. */
  channel: PresenceChannel | null;
  /** No name was given in this browser yet: ask for one (once). */
  needsName: boolean;
  /** Sets and remembers this participant's name; an empty one dismisses the question for good. */
  setName: (name: string) => void;
}

const storage = browserParticipantStorage();
const ASKED_KEY = 'waymark:participant-name-asked';

/**
 * Joins the map's presence as this browser's participant (id, name and colour from local
 * storage). Until someone gives a name they appear as "Guest" plus a tag from their id.
 */
export function usePresence(awareness: Awareness | null): Presence {
  const t = useT();
  const [channel, setChannel] = useState<PresenceChannel | null>(null);
  const [asked, setAsked] = useState(() => storage?.getItem(ASKED_KEY) === 'yes' || loadParticipant(storage).name !== '');

  useEffect(() => {
    if (!awareness) return;
    const participant = loadParticipant(storage);
    const name = participant.name || t('presence.guestName', { tag: participant.id.slice(0, 3).toUpperCase() });
    const created = new PresenceChannel(awareness, { ...participant, name }, (color) => saveColor(storage, color));
    setChannel(created);
    return () => {
      created.destroy();
      setChannel((current) => (current === created ? null : current));
    };
    // The guest name is set once per session; a language switch does not rename anyone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [awareness]);

  const setName = useCallback(
    (raw: string) => {
      const name = cleanName(raw);
      storage?.setItem(ASKED_KEY, 'yes');
      setAsked(true);
      if (name === '') return;
      saveName(storage, name);
      channel?.setUser({ name });
    },
    [channel],
  );

  return { channel, needsName: !asked, setName };
}

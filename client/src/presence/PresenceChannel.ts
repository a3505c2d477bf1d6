import type { Awareness } from 'y-protocols/awareness';
import { pickColor, type PresenceUser } from './participant.js';
import { peersFrom, type Peer, type PresenceState } from './peers.js';

/** Cursor and viewport moves are sent at most this often: the server closes chatty sockets. */
export const PRESENCE_THROTTLE_MS = 50;

type LocalPatch = Partial<Omit<PresenceState, 'user'>>;

/**
 * This browser's side of presence on one map, over the provider's Yjs awareness: publishes the
 * local state (cursor and viewport throttled, the rest at once) and keeps a checked list of the
 * other participants, replaced only when someone's state changes.
 */
export class PresenceChannel {
  private user: PresenceUser;
  private peerList: readonly Peer[] = [];
  private readonly listeners = new Set<() => void>();
  private pending: LocalPatch | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    readonly awareness: Awareness,
    user: PresenceUser,
    private readonly onColor: (color: string) => void = () => {},
    private readonly throttleMs = PRESENCE_THROTTLE_MS,
  ) {
    this.user = user;
    this.write({ user });
    awareness.on('change', this.onChange);
    this.onChange();
  }

  get clientId(): number {
    return this.awareness.clientID;
  }

  get self(): PresenceUser {
    return this.user;
  }

  /** The other participants now; the same array until one of them changes. */
  peers(): readonly Peer[] {
    return this.peerList;
  }

  /** Calls `listener` after every change of the peer list or of this participant. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setUser(patch: Partial<PresenceUser>): void {
    this.user = { ...this.user, ...patch };
    this.write({ user: this.user });
    this.emit();
  }

  /** Sends at once (selection, presenting, summon), with whatever throttled change is waiting. */
  publish(patch: LocalPatch): void {
    const merged = { ...this.pending, ...patch };
    this.pending = null;
    this.write(merged);
  }

  /** Sends now if nothing was sent within the throttle interval, else with the next send; the latest value wins. */
  publishThrottled(patch: LocalPatch): void {
    if (this.timer === null) {
      this.write(patch);
      this.startTimer();
    } else {
      this.pending = { ...this.pending, ...patch };
    }
  }

  /** This participant's last published field (e.g. the summon counter). */
  local<K extends keyof PresenceState>(key: K): PresenceState[K] | undefined {
    const state = this.awareness.getLocalState() as Partial<PresenceState> | null;
    return state?.[key];
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  private startTimer(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.pending && !this.destroyed) {
        const patch = this.pending;
        this.pending = null;
        this.write(patch);
        this.startTimer();
      }
    }, this.throttleMs);
  }

  private write(patch: LocalPatch | { user: PresenceUser }): void {
    if (this.destroyed) return;
    // Null once the provider is destroyed (or after a removal): a new state starts from the user.
    const current = (this.awareness.getLocalState() as Record<string, unknown> | null) ?? { user: this.user };
    // Every setLocalState goes over the network, changed or not: the selection, say, is re-published
    // after each remote edit (the pruned selection is a new array) but rarely differs.
    const changed = Object.entries(patch).some(([key, value]) => JSON.stringify(current[key]) !== JSON.stringify(value));
    if (!changed && this.awareness.getLocalState() !== null) return;
    this.awareness.setLocalState({ ...current, ...patch });
  }

  private readonly onChange = (changes?: { added: number[]; updated: number[]; removed: number[] }): void => {
    // This participant's own cursor moves change nobody else's list.
    if (changes && [...changes.added, ...changes.updated, ...changes.removed].every((id) => id === this.clientId)) return;
    const next = peersFrom(this.awareness.getStates(), { clientId: this.clientId, userId: this.user.id });
    const color = pickColor(this.user.color, this.clientId, next.map((p) => ({ clientId: p.clientId, color: p.user.color })));
    if (color !== this.user.color) {
      this.user = { ...this.user, color };
      this.write({ user: this.user });
      this.onColor(color);
    }
    this.peerList = next;
    for (const listener of [...this.listeners]) listener();
  };

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

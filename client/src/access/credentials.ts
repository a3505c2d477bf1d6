import type { Role } from './roles.js';

/** The part of localStorage the credentials use (a Map-backed fake in tests). */
export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const OWNER_KEY = 'waymark.ownerToken';
const SHARES_KEY = 'waymark.shareTokens';

/** What the server said a token grants, as far as choosing tokens goes. */
export interface Grant {
  role: Role;
  mapId: string | null;
}

/** The token that came with this page load (`?token=`), and what the server said about it so far. */
type Link =
  | { token: string; state: 'unchecked' }
  | { token: string; state: 'owner' }
  | { token: string; state: 'share'; mapId: string }
  | { token: string; state: 'dead' };

/**
 * The tokens this browser holds and which one a request uses. For a map: the link of this page
 * load, then the owner token, then a share token remembered for that map. The owner token and
 * share tokens are kept in localStorage, so that a reload or a bookmark of the bare address works.
 */
export class Credentials {
  private link: Link | null;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: TokenStorage | null,
    linkToken: string | null = null,
  ) {
    this.link = linkToken ? { token: linkToken, state: 'unchecked' } : null;
  }

  /** The token for requests about `mapId` (null: the map list), or null when there is none. */
  tokenFor(mapId: string | null): string | null {
    const link = this.link;
    if (link && (link.state === 'unchecked' || link.state === 'owner' || (link.state === 'share' && link.mapId === mapId))) {
      return link.token;
    }
    const owner = this.ownerToken;
    if (owner) return owner;
    return mapId === null ? null : (this.shares()[mapId] ?? null);
  }

  /** Whether `token` is this page load's link and the server has not answered about it yet. */
  isUncheckedLink(token: string | null): boolean {
    return token !== null && this.link?.state === 'unchecked' && this.link.token === token;
  }

  /** Whether `token` is this page load's link (checked or not, alive or not). */
  isLink(token: string | null): boolean {
    return token !== null && this.link?.token === token;
  }

  /** The server granted `token`: it is used for what it grants and remembered for the next visit. */
  adopt(token: string, grant: Grant): void {
    if (grant.role === 'owner' || grant.mapId === null) {
      this.write(OWNER_KEY, token);
      this.link = { token, state: 'owner' };
    } else {
      this.write(SHARES_KEY, JSON.stringify({ ...this.shares(), [grant.mapId]: token }));
      this.link = { token, state: 'share', mapId: grant.mapId };
    }
    this.changed();
  }

  /** The server refused this page load's link: the other tokens are used from now on. */
  rejectLink(token: string): void {
    if (this.link?.token !== token) return;
    this.link = { token, state: 'dead' };
    this.changed();
  }

  /** The remembered owner token. */
  get ownerToken(): string | null {
    return this.read(OWNER_KEY);
  }

  /** Forgets the owner token (the server no longer knows it). */
  forgetOwner(): void {
    this.remove(OWNER_KEY);
    if (this.link?.state === 'owner') this.link = { token: this.link.token, state: 'dead' };
    this.changed();
  }

  /** The maps this browser holds share links for, this load's link first. */
  sharedMapIds(): string[] {
    const ids = Object.keys(this.shares());
    const linked = this.link?.state === 'share' ? this.link.mapId : null;
    return linked ? [linked, ...ids.filter((id) => id !== linked)] : ids;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes with every change of the tokens, for React's useSyncExternalStore. */
  getVersion(): number {
    return this.version;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private shares(): Record<string, string> {
    const raw = this.read(SHARES_KEY);
    if (!raw) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    } catch {
      // Written by something else: as if there were none.
      return {};
    }
  }

  // Storage can be blocked (private mode, policies): the tokens then last for this page only.
  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // See read().
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // See read().
    }
  }
}

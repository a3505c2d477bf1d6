import type { Access, AccessAnswer, DenialReason } from '../api/accessApi.js';
import type { Credentials } from './credentials.js';

/** The page the access gate shows. */
export type GateView =
  | { page: 'app'; access: Access }
  | { page: 'pending' }
  | { page: 'unreachable' }
  | { page: 'signIn' }
  | { page: 'denied'; reason: DenialReason; canOpenMaps: boolean }
  | { page: 'shared'; mapIds: string[] };

export interface GateFacts {
  /** The map the page is about; null for the owner's pages (list, trash). */
  scope: string | null;
  /** The token the page uses. */
  token: string | null;
  /** What the server said about the token, if it said anything yet. */
  check: { state: 'checking' } | { state: 'unreachable' } | { state: 'done'; answer: AccessAnswer };
  /** A link that stopped working on this very page (on opening it, or while the map was open). */
  lost: DenialReason | null;
  credentials: Pick<Credentials, 'isUncheckedLink' | 'ownerToken' | 'sharedMapIds'>;
}

/**
 * Which page the gate shows, from what the server said about the token: the app, or why not.
 * Pure, so that every way in (owner, link, dead link, no token, the wrong page) is tested.
 */
export function gateView({ scope, token, check, lost, credentials }: GateFacts): GateView {
  const ownerToken = credentials.ownerToken;
  if (lost) return { page: 'denied', reason: lost, canOpenMaps: ownerToken !== null };
  if (check.state === 'checking') return { page: 'pending' };
  if (check.state === 'unreachable') return { page: 'unreachable' };
  const { answer } = check;
  if (!answer.granted) {
    // This load's link, or a stale owner token: the gate learns from the answer and tries again.
    if (credentials.isUncheckedLink(token) || (token !== null && token === ownerToken)) return { page: 'pending' };
    if (answer.reason !== 'missing') return { page: 'denied', reason: answer.reason, canOpenMaps: false };
    const shared = credentials.sharedMapIds();
    return shared.length > 0 ? { page: 'shared', mapIds: shared } : { page: 'signIn' };
  }
  const { mapId } = answer.access;
  if (mapId !== null && mapId !== scope) {
    return { page: 'shared', mapIds: [mapId, ...credentials.sharedMapIds().filter((id) => id !== mapId)] };
  }
  return { page: 'app', access: answer.access };
}

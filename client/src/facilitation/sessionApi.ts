import { z } from 'zod';
import type { VoteKind } from '../../../shared/src/index.js';
import { authHeaders, noteStatus } from '../api/auth.js';
import { ApiError } from '../api/mapsApi.js';

const errorSchema = z.object({ error: z.string() });

/** A request to `/api/maps/:id/session…`; throws ApiError with the server's reason. */
async function call(mapId: string, path: string, method: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/maps/${encodeURIComponent(mapId)}/session${path}`, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...authHeaders(mapId) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON: the status says enough.
  }
  if (response.ok) return json;
  noteStatus(response.status);
  const parsed = errorSchema.safeParse(json);
  throw new ApiError(parsed.success ? parsed.data.error : response.statusText || `HTTP ${response.status}`, response.status);
}

/** The facilitator's actions and each participant's ballot, over HTTP; the state comes back over the socket. */
export const sessionApi = {
  startTimer: (mapId: string, durationSeconds: number) => call(mapId, '/timer', 'POST', { durationSeconds }),
  stopTimer: (mapId: string) => call(mapId, '/timer', 'DELETE'),
  startVote: (mapId: string, dotsPerPerson: number, kinds: VoteKind[]) => call(mapId, '/vote', 'POST', { dotsPerPerson, kinds }),
  reveal: (mapId: string) => call(mapId, '/vote/reveal', 'POST'),
  endVote: (mapId: string) => call(mapId, '/vote', 'DELETE'),
  async ballot(mapId: string, voterId: string): Promise<{ voteId: string; targetIds: string[] }> {
    const body = await call(mapId, `/vote/ballots/${voterId}`, 'GET');
    return z.object({ voteId: z.string(), targetIds: z.array(z.string()) }).parse(body);
  },
  cast: (mapId: string, voterId: string, targetIds: string[]) => call(mapId, `/vote/ballots/${voterId}`, 'PUT', { targetIds }),
  async lock(mapId: string, clientId: number, name: string | undefined, lockKey?: string): Promise<string> {
    const body = await call(mapId, '/lock', 'POST', { clientId, name, lockKey });
    return z.object({ lockKey: z.string() }).parse(body).lockKey;
  },
  unlock: (mapId: string, lockKey: string | undefined) => call(mapId, '/unlock', 'POST', lockKey === undefined ? {} : { lockKey }),
};

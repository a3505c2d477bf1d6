import { z } from 'zod';
import { ROLES, type Role } from '../access/roles.js';
import { ApiError } from './mapsApi.js';

/** Why the server refused a token: none given, never issued, past its expiry, or revoked by the owner. */
export const DENIAL_REASONS = ['missing', 'unknown', 'expired', 'revoked'] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** What a token grants on this server (GET /api/access). */
export interface Access {
  /** Whether the server asks for tokens at all; without, everyone is the owner. */
  auth: boolean;
  role: Role;
  /** The one map a share link opens; null for the owner. */
  mapId: string | null;
  shareId: string | null;
  label: string | null;
  expiresAt: string | null;
}

export type AccessAnswer = { granted: true; access: Access } | { granted: false; reason: DenialReason };

const accessSchema = z.object({
  auth: z.boolean(),
  role: z.enum(ROLES),
  mapId: z.string().nullable().default(null),
  shareId: z.string().nullable().default(null),
  label: z.string().nullable().default(null),
  expiresAt: z.string().nullable().default(null),
});
// An unknown reason (a newer server) reads as an invalid link: the user needs a new one either way.
const denialSchema = z.object({ reason: z.enum(DENIAL_REASONS).catch('unknown') });

/**
 * Asks the server what `token` grants. Resolves to a grant or a refusal (401); throws an
 * ApiError for anything else (status 0: the server is unreachable).
 */
export async function fetchAccess(token: string | null, signal?: AbortSignal): Promise<AccessAnswer> {
  let response: Response;
  try {
    response = await fetch('/api/access', {
      headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) {
    const parsed = denialSchema.safeParse(body);
    return { granted: false, reason: parsed.success ? parsed.data.reason : 'unknown' };
  }
  if (!response.ok) throw new ApiError(response.statusText || `HTTP ${response.status}`, response.status);
  const parsed = accessSchema.safeParse(body);
  if (!parsed.success) throw new ApiError('The server sent an unexpected response.', response.status);
  return { granted: true, access: parsed.data };
}

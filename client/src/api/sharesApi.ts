import { z } from 'zod';
import { SHARE_ROLES, type ShareRole } from '../access/roles.js';
import { ApiError } from './mapsApi.js';
import { authHeaders, noteStatus } from './auth.js';

/** A share link of a map as the owner's list shows it (the token itself is never listed). */
export interface Share {
  id: string;
  role: ShareRole;
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  expired: boolean;
}

/** A link just created: the only time the server hands out its token and address. */
export interface CreatedShare extends Share {
  token: string;
  url: string;
}

const shareSchema = z.object({
  id: z.string().min(1),
  role: z.enum(SHARE_ROLES),
  label: z.string().nullable().default(null),
  createdAt: z.string(),
  expiresAt: z.string().nullable().default(null),
  expired: z.boolean().default(false),
});
const createdSchema = shareSchema.extend({ token: z.string().min(1), url: z.string().min(1) });
const errorSchema = z.object({ error: z.string() });

function sharesUrl(mapId: string, shareId?: string): string {
  const base = `/api/maps/${encodeURIComponent(mapId)}/shares`;
  return shareId === undefined ? base : `${base}/${encodeURIComponent(shareId)}`;
}

async function send(mapId: string, url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...authHeaders(mapId), ...init.headers } });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  if (response.ok) return response;
  noteStatus(response.status);
  const body: unknown = await response.json().catch(() => null);
  const error = errorSchema.safeParse(body);
  throw new ApiError(error.success ? error.data.error : response.statusText || `HTTP ${response.status}`, response.status);
}

async function parse<T>(response: Response, schema: z.ZodType<T, unknown>): Promise<T> {
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError('The server sent an unexpected response.', response.status);
  return parsed.data;
}

/** The map's share links, newest first. */
export async function listShares(mapId: string, signal?: AbortSignal): Promise<Share[]> {
  const shares = await parse(await send(mapId, sharesUrl(mapId), { signal }), z.array(shareSchema));
  return [...shares].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export interface NewShare {
  role: ShareRole;
  label?: string;
  /** An ISO date-time in the future; none: the link works until revoked. */
  expiresAt?: string;
}

/** Creates a share link; the answer carries its token and address, shown this once. */
export async function createShare(mapId: string, share: NewShare): Promise<CreatedShare> {
  const response = await send(mapId, sharesUrl(mapId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(share),
  });
  return parse(response, createdSchema);
}

/** Revokes a share link: whoever has it open is disconnected at once. */
export async function revokeShare(mapId: string, shareId: string): Promise<void> {
  await send(mapId, sharesUrl(mapId, shareId), { method: 'DELETE' });
}

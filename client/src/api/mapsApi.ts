import { z } from 'zod';
import type { FormatProblem } from '../../../shared/src/index.js';
import { authHeaders, noteStatus, withToken } from './auth.js';

/** A map as the list shows it. */
export interface MapSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

const mapSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
// A bare array (what the server sends) or `{ maps }` (the first draft of the contract).
const mapListSchema = z.union([
  z.array(mapSummarySchema),
  z.object({ maps: z.array(mapSummarySchema) }).transform((body) => body.maps),
]);
/** A map in the trash: when it was put there and when the server deletes it for good. */
export interface TrashedMap extends MapSummary {
  deletedAt: string;
  purgeAt: string;
}
const trashedMapSchema = mapSummarySchema.extend({ deletedAt: z.string(), purgeAt: z.string() });
const createdSchema = z.object({ id: z.string().min(1) });
const errorSchema = z.object({
  error: z.string(),
  problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** A failed request: the HTTP status (0 when the server was unreachable) and the server's words. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: FormatProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A request about `mapId` (null: the map list, the trash, new maps), with the token for it. */
export async function request(mapId: string | null, path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...authHeaders(mapId), ...init?.headers } });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  if (response.ok) return response;
  noteStatus(response.status);
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, say): the status text is all we have.
  }
  const parsed = errorSchema.safeParse(body);
  if (parsed.success) throw new ApiError(parsed.data.error, response.status, parsed.data.problems ?? []);
  throw new ApiError(response.statusText || `HTTP ${response.status}`, response.status);
}

/** Reads a response body with `schema`; an unexpected one is an ApiError. */
export async function json<T>(response: Response, schema: z.ZodType<T, unknown>): Promise<T> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('The server sent a response that is not JSON.', response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('The server sent an unexpected response.', response.status);
  return parsed.data;
}

const jsonHeaders = { 'Content-Type': 'application/json' };

/** Every map, most recently changed first. */
export async function listMaps(): Promise<MapSummary[]> {
  const maps = await json(await request(null, '/api/maps'), mapListSchema);
  return [...maps].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** The starting points the server offers for a new map. */
export const MAP_TEMPLATES = ['blank', 'automotive', 'mobile-network'] as const;
export type MapTemplate = (typeof MAP_TEMPLATES)[number];

/** Creates a map (empty, or from one of the server's templates) and returns its id. */
export async function createMap(title: string, template: MapTemplate = 'blank'): Promise<string> {
  const body = template === 'blank' ? { title } : { title, template };
  const response = await request(null, '/api/maps', { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) });
  return (await json(response, createdSchema)).id;
}

/** Imports a map document; a refused document throws an ApiError with its problems. */
export async function importMap(document: unknown): Promise<string> {
  const response = await request(null, '/api/maps/import', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(document),
  });
  return (await json(response, createdSchema)).id;
}

function mapUrl(id: string, rest = ''): string {
  return `/api/maps/${encodeURIComponent(id)}${rest}`;
}

/** A map's title, or null when this browser's token no longer opens it (a share holder's list of maps). */
export async function fetchMapTitle(id: string): Promise<string | null> {
  try {
    return (await json(await request(id, mapUrl(id)), z.object({ title: z.string() }))).title;
  } catch (cause) {
    if (cause instanceof ApiError && cause.status >= 400 && cause.status < 500) return null;
    throw cause;
  }
}

/** Gives a map a new title; open editors see it at once. */
export async function renameMap(id: string, title: string): Promise<MapSummary> {
  const response = await request(id, mapUrl(id), { method: 'PATCH', headers: jsonHeaders, body: JSON.stringify({ title }) });
  return json(response, mapSummarySchema);
}

/** Creates a copy of a map under `title` and returns it. */
export async function duplicateMap(id: string, title: string): Promise<MapSummary> {
  const response = await request(id, mapUrl(id, '/duplicate'), {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ title }),
  });
  return json(response, mapSummarySchema);
}

/** Moves a map to the trash; its open editors are disconnected. */
export async function moveMapToTrash(id: string): Promise<void> {
  await request(id, mapUrl(id), { method: 'DELETE' });
}

/** Maps in the trash, most recently deleted first. */
export async function listTrash(): Promise<TrashedMap[]> {
  return json(await request(null, '/api/maps/trash'), z.array(trashedMapSchema));
}

/** Takes a map out of the trash and returns it. */
export async function restoreMap(id: string): Promise<MapSummary> {
  return json(await request(id, mapUrl(id, '/restore'), { method: 'POST' }), mapSummarySchema);
}

/** Deletes a map for good, from the list or from the trash. */
export async function deleteMapForever(id: string): Promise<void> {
  await request(id, mapUrl(id, '?permanent=true'), { method: 'DELETE' });
}

/** Deletes every map in the trash for good. */
export async function emptyTrash(): Promise<void> {
  await request(null, '/api/maps/trash', { method: 'DELETE' });
}

/** Where the browser downloads a map as JSON (a plain link: the token rides in the address). */
export function exportUrl(id: string): string {
  return withToken(mapUrl(id, '/export'), id);
}

/**
 * The map's thumbnail. The last change is part of the address because a page reuses an image
 * it has already loaded from the same address without asking the server again.
 */
export function thumbnailUrl(map: Pick<MapSummary, 'id' | 'updatedAt'>): string {
  // An <img> cannot send a header: the token rides in the address.
  return withToken(mapUrl(map.id, `/thumbnail.svg?v=${encodeURIComponent(map.updatedAt)}`), map.id);
}

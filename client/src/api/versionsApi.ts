import { z } from 'zod';
import {
  ACTIVITY_SUBJECTS,
  validateMapDocument,
  type ActivityCounts,
  type CsiSnapshot,
  type MapDocument,
} from '../../../shared/src/index.js';
import { json, jsonHeaders, request } from './mapsApi.js';

/** A saved version as listed. */
export interface VersionSummary {
  id: string;
  name: string;
  author: string | null;
  createdAt: string;
  csi: CsiSnapshot;
}

/** A saved version with the map as it was. */
export interface VersionDetail extends VersionSummary {
  map: MapDocument;
}

/** One stretch of one person's work. */
export interface ActivityEntry {
  id: number;
  actor: string | null;
  role: string | null;
  via: 'live' | 'api';
  startedAt: string;
  endedAt: string;
  changes: ActivityCounts;
}

const csiSchema = z.object({ period: z.string().nullable(), values: z.record(z.string(), z.number()) });
const versionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
  csi: csiSchema,
});
const detailSchema = versionSchema.extend({
  // Checked like an import: a preview must never render (or a restore write) a broken document.
  map: z.unknown().transform((value, ctx) => {
    const result = validateMapDocument(value);
    if (result.ok) return result.map;
    ctx.addIssue({ code: 'custom', message: 'not a valid map document' });
    return z.NEVER;
  }),
});
const countsSchema = z.object({
  added: z.number(),
  changed: z.number(),
  removed: z.number(),
  names: z.array(z.string()).default([]),
});
const activitySchema = z.object({
  id: z.number(),
  actor: z.string().nullable(),
  role: z.string().nullable(),
  via: z.enum(['live', 'api']),
  startedAt: z.string(),
  endedAt: z.string(),
  // Subjects this client does not know (a newer server) are left out rather than refused.
  changes: z.record(z.string(), countsSchema).transform((changes) => {
    const known: ActivityCounts = {};
    for (const subject of ACTIVITY_SUBJECTS) if (changes[subject]) known[subject] = changes[subject];
    return known;
  }),
});

function versionsUrl(mapId: string, rest = ''): string {
  return `/api/maps/${encodeURIComponent(mapId)}/versions${rest}`;
}

/** The map's versions, newest first. */
export async function listVersions(mapId: string): Promise<VersionSummary[]> {
  return json(await request(mapId, versionsUrl(mapId)), z.array(versionSchema));
}

/** Saves the map as it is now under `name`. */
export async function saveVersion(mapId: string, name: string, author: string): Promise<VersionSummary> {
  const body = author.trim() === '' ? { name } : { name, author };
  const response = await request(mapId, versionsUrl(mapId), { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) });
  return json(response, versionSchema);
}

/** A version with its map document. */
export async function fetchVersion(mapId: string, versionId: string, signal?: AbortSignal): Promise<VersionDetail> {
  return json(await request(mapId, versionsUrl(mapId, `/${encodeURIComponent(versionId)}`), { signal }), detailSchema);
}

/** Deletes a version (the owner only). */
export async function deleteVersion(mapId: string, versionId: string): Promise<void> {
  await request(mapId, versionsUrl(mapId, `/${encodeURIComponent(versionId)}`), { method: 'DELETE' });
}

/** Who changed what on the map, newest first. */
export async function fetchActivity(mapId: string, limit = 50): Promise<ActivityEntry[]> {
  return json(await request(mapId, `/api/maps/${encodeURIComponent(mapId)}/activity?limit=${limit}`), z.array(activitySchema));
}


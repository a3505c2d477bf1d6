import { z } from 'zod';
import { WHITE_SPOT_KINDS, type Insights, type RowProblem } from '../../../shared/src/index.js';
import { authHeaders, noteStatus } from './auth.js';
import { ApiError } from './mapsApi.js';

/** A measurement as the server stores it. */
export interface StoredMeasurement {
  metricKey: string;
  period: string;
  csi: number;
  n: number | null;
  source: string;
  importedAt: string;
}

/** What the server says after an import. */
export interface ImportResult {
  imported: number;
  periods: string[];
  /** Keys that match no touchpoint: stored anyway, they show up as white spots. */
  unmatchedKeys: string[];
  /** Rows left out because they had problems (only with skipInvalid). */
  skipped: number;
  problems: RowProblem[];
  problemCount: number;
  delimiter?: string;
  header?: string[];
  ignoredColumns?: string[];
}

const rowProblemSchema = z.object({ line: z.number(), column: z.string(), message: z.string() });

const importResultSchema = z.object({
  imported: z.number().int().min(0),
  periods: z.array(z.string()),
  unmatchedKeys: z.array(z.string()),
  skipped: z.number().int().min(0).default(0),
  problems: z.array(rowProblemSchema).default([]),
  problemCount: z.number().int().min(0).default(0),
  delimiter: z.string().optional(),
  header: z.array(z.string()).optional(),
  ignoredColumns: z.array(z.string()).optional(),
});

const storedMeasurementSchema = z.object({
  metricKey: z.string(),
  period: z.string(),
  csi: z.number(),
  n: z.number().nullable().optional().transform((n) => n ?? null),
  source: z.string().default(''),
  importedAt: z.string().default(''),
});

const settingsSchema = z.object({ csiTarget: z.number(), declineThreshold: z.number() });
const whiteSpotKindSchema = z.enum(WHITE_SPOT_KINDS);
const insightsSchema = z.object({
  period: z.string().nullable(),
  baseline: z.string().nullable(),
  periods: z.array(z.string()),
  settings: settingsSchema,
  touchpoints: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      phaseId: z.string(),
      metricKey: z.string(),
      importance: z.number(),
      momentOfTruth: z.boolean(),
      csi: z.number().nullable(),
      n: z.number().nullable(),
      baselineCsi: z.number().nullable(),
      baselineN: z.number().nullable(),
      delta: z.number().nullable(),
      trend: z.array(z.object({ period: z.string(), csi: z.number(), n: z.number().nullable() })),
    }),
  ),
  whiteSpots: z.array(
    z.object({
      kind: whiteSpotKindSchema,
      touchpointId: z.string().optional(),
      phaseId: z.string().optional(),
      metricKey: z.string().optional(),
      severity: z.enum(['high', 'medium', 'low']),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    }),
  ),
  summary: z.object({
    weightedCsi: z.number().nullable(),
    baselineWeightedCsi: z.number().nullable(),
    delta: z.number().nullable(),
    measured: z.number(),
    touchpoints: z.number(),
    whiteSpotsByKind: z.record(whiteSpotKindSchema, z.number()),
  }),
}) satisfies z.ZodType<Insights, unknown>;

const errorSchema = z.object({
  error: z.string(),
  // Row problems of a refused import, or `{ path, message }` of a refused query.
  problems: z.array(z.union([rowProblemSchema, z.object({ path: z.string(), message: z.string() })])).optional(),
  problemCount: z.number().optional(),
  delimiter: z.string().optional(),
  header: z.array(z.string()).optional(),
  ignoredColumns: z.array(z.string()).optional(),
});

/** A refused or failed import: the HTTP status (0 when the upload broke off) and every row problem. */
export class MeasurementImportError extends ApiError {
  constructor(
    message: string,
    status: number,
    readonly rowProblems: RowProblem[] = [],
    readonly problemCount = rowProblems.length,
  ) {
    super(message, status);
    this.name = 'MeasurementImportError';
  }

  /** The byte limit the server named in a 413 answer, if it named one. */
  get uploadLimit(): number | null {
    const match = /limit (\d+) bytes/.exec(this.message);
    return match ? Number(match[1]) : null;
  }
}

function measurementsUrl(mapId: string, rest: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  const search = params.toString();
  return `/api/maps/${encodeURIComponent(mapId)}/${rest}${search ? `?${search}` : ''}`;
}

async function getJson<T>(mapId: string, url: string, schema: z.ZodType<T, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...authHeaders(mapId) }, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    if (response.ok) throw new ApiError('The server sent a response that is not JSON.', response.status);
  }
  if (!response.ok) {
    noteStatus(response.status);
    const error = errorSchema.safeParse(body);
    throw new ApiError(error.success ? error.data.error : response.statusText || `HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('The server sent an unexpected response.', response.status);
  return parsed.data;
}

/** Every stored measurement of a map (optionally of one period or key). */
export function listMeasurements(
  mapId: string,
  filter: { period?: string; key?: string } = {},
  signal?: AbortSignal,
): Promise<StoredMeasurement[]> {
  return getJson(mapId, measurementsUrl(mapId, 'measurements', filter), z.array(storedMeasurementSchema), signal);
}

/** The server's insights for a period against a baseline (both default to the latest two periods). */
export function fetchInsights(
  mapId: string,
  options: { period?: string; baseline?: string } = {},
  signal?: AbortSignal,
): Promise<Insights> {
  return getJson(mapId, measurementsUrl(mapId, 'insights', options), insightsSchema, signal);
}

/** Deletes the measurements of one period; resolves to how many there were. */
export async function deleteMeasurementPeriod(mapId: string, period: string): Promise<number> {
  let response: Response;
  try {
    response = await fetch(measurementsUrl(mapId, 'measurements', { period }), { method: 'DELETE', headers: authHeaders(mapId) });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    noteStatus(response.status);
    const error = errorSchema.safeParse(body);
    throw new ApiError(error.success ? error.data.error : `HTTP ${response.status}`, response.status);
  }
  const parsed = z.object({ deleted: z.number() }).safeParse(body);
  return parsed.success ? parsed.data.deleted : 0;
}

export interface UploadOptions {
  /** `text/csv` or `application/json`. */
  contentType: string;
  /** Import the good rows and leave out the bad ones (never when the file as a whole is unusable). */
  skipInvalid?: boolean;
  /** Called with the share of the body sent so far (0–1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads a measurement file as it is. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which a big survey export needs.
 */
export function uploadMeasurements(mapId: string, body: Blob | string, options: UploadOptions): Promise<ImportResult> {
  const url = measurementsUrl(mapId, 'measurements', { skipInvalid: options.skipInvalid ? 'true' : undefined });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', options.contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(authHeaders(mapId))) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new MeasurementImportError('network', 0));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      let parsedBody: unknown = null;
      try {
        parsedBody = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the status is all there is.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const result = importResultSchema.safeParse(parsedBody);
        if (result.success) resolve(result.data);
        else reject(new MeasurementImportError('The server sent an unexpected response.', xhr.status));
        return;
      }
      noteStatus(xhr.status);
      const error = errorSchema.safeParse(parsedBody);
      if (!error.success) {
        reject(new MeasurementImportError(xhr.statusText || `HTTP ${xhr.status}`, xhr.status));
        return;
      }
      const rows = (error.data.problems ?? []).map((p) =>
        'line' in p ? p : { line: 0, column: p.path, message: p.message },
      );
      reject(new MeasurementImportError(error.data.error, xhr.status, rows, error.data.problemCount ?? rows.length));
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    options.onProgress?.(0);
    xhr.send(body);
  });
}

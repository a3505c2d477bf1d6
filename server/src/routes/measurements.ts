import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import {
  PERIOD_MAX_LENGTH,
  parseMeasurementCsv,
  parseMeasurementJson,
  type MeasurementRow,
  type RowProblem,
} from '../../../shared/src/index.js';
import type { MapService } from '../maps.js';
import type { MeasurementService } from '../measurements.js';
import { MAP_ID, apiError, readJson } from './errors.js';

/** At most this many problems are listed in a response; `problemCount` has the total. */
const MAX_LISTED_PROBLEMS = 1000;

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'text/tab-separated-values'];

const importQuery = z.object({
  skipInvalid: z.enum(['true', 'false'], 'must be true or false').optional(),
  source: z.string().trim().min(1).max(200).optional(),
});
const listQuery = z.object({
  period: z.string().min(1).max(PERIOD_MAX_LENGTH).optional(),
  key: z.string().min(1).max(200).optional(),
});
const deleteQuery = z.object({
  period: z.string('name the period to delete: ?period=…').min(1).max(PERIOD_MAX_LENGTH),
});
const insightsQuery = z.object({
  period: z.string().min(1).max(PERIOD_MAX_LENGTH).optional(),
  baseline: z.string().min(1).max(PERIOD_MAX_LENGTH).optional(),
});

function queryProblems(c: Context, error: z.ZodError): Response {
  return apiError(c, 422, 'invalid query', {
    problems: error.issues.map((i) => ({ path: i.path.join('.') || '(query)', message: i.message })),
  });
}

function listed(problems: RowProblem[]) {
  return { problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: problems.length };
}

/**
 * `/api/maps/:id/measurements` and `/api/maps/:id/insights`. Uploads have their own size limit,
 * larger than other requests: a year of survey results is a big file.
 */
export function measurementRoutes(maps: MapService, service: MeasurementService, maxUploadBytes: number) {
  const app = new Hono();

  const knownMap = async (c: Context, next: () => Promise<void>) => {
    const id = c.req.param('id') ?? '';
    if (!MAP_ID.test(id) || !maps.get(id)) return apiError(c, 404, 'map not found');
    await next();
  };
  // Only these paths: the map routes own the rest of /:id/* (restore works on trashed maps).
  app.use('/:id/measurements', knownMap);
  app.use('/:id/insights', knownMap);

  app.post(
    '/:id/measurements',
    bodyLimit({
      maxSize: maxUploadBytes,
      onError: (c) => {
        c.header('Connection', 'close');
        return apiError(c, 413, `upload too large (limit ${maxUploadBytes} bytes)`);
      },
    }),
    async (c) => {
      const query = importQuery.safeParse(c.req.query());
      if (!query.success) return queryProblems(c, query.error);
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      let rows: MeasurementRow[];
      let problems: RowProblem[];
      let details: Record<string, unknown> = {};
      if (type === 'application/json') {
        const body = await readJson(c);
        if (!body.ok) return body.response;
        ({ rows, problems } = parseMeasurementJson(body.value));
      } else if (CSV_TYPES.includes(type)) {
        const parsed = parseMeasurementCsv(await c.req.text());
        ({ rows, problems } = parsed);
        details = {
          delimiter: parsed.delimiter,
          header: parsed.header,
          ignoredColumns: parsed.ignoredColumns,
        };
      } else {
        return apiError(c, 415, 'send measurements as text/csv or application/json');
      }
      const skipInvalid = query.data.skipInvalid === 'true';
      // Problems with the file as a whole (missing columns, not an array) are never skippable.
      const fatal = problems.some(
        (p) => p.column === '(body)' || p.column === '(file)' || (type !== 'application/json' && p.line === 1),
      );
      if (problems.length > 0 && (!skipInvalid || fatal)) {
        return apiError(c, 422, 'the measurements were not imported: fix these problems or use ?skipInvalid=true', {
          ...listed(problems),
          ...details,
        });
      }
      const source = query.data.source ?? (type === 'application/json' ? 'api' : 'csv');
      const summary = service.import(c.req.param('id'), rows, source);
      return c.json({ ...summary, skipped: problems.length, ...listed(problems), ...details });
    },
  );

  app.get('/:id/measurements', (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) return queryProblems(c, query.error);
    return c.json(service.list(c.req.param('id'), query.data));
  });

  app.delete('/:id/measurements', (c) => {
    const query = deleteQuery.safeParse(c.req.query());
    if (!query.success) return queryProblems(c, query.error);
    const deleted = service.deletePeriod(c.req.param('id'), query.data.period);
    return deleted > 0 ? c.json({ deleted }) : apiError(c, 404, `no measurements in period "${query.data.period}"`);
  });

  app.get('/:id/insights', (c) => {
    const query = insightsQuery.safeParse(c.req.query());
    if (!query.success) return queryProblems(c, query.error);
    const insights = service.insights(c.req.param('id'), query.data);
    return insights ? c.json(insights) : apiError(c, 404, 'map not found');
  });

  return app;
}

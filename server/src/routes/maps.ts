import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { LIMITS, validateMapDocument, type MapDocument } from '../../../shared/src/index.js';
import type { MapService } from '../maps.js';
import type { MapRecord } from '../store/DocStore.js';
import { TEMPLATE_IDS, templateMap } from '../templates.js';
import { MAP_ID, apiError, readJson } from './errors.js';

const createBody = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(LIMITS.nameLength),
  template: z.enum(TEMPLATE_IDS).optional(),
});

function publicRecord(record: MapRecord) {
  return {
    id: record.id,
    title: record.title,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    url: `/maps/${record.id}`,
  };
}

function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'journey-map'}.waymark.json`;
}

/** `/api/maps`: list, create, import, read, replace, delete, export. */
export function mapRoutes(maps: MapService, maxBodyBytes: number) {
  const app = new Hono();

  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => {
        // The rest of the body is never read: the connection cannot carry another request.
        c.header('Connection', 'close');
        return apiError(c, 413, `request body too large (limit ${maxBodyBytes} bytes)`);
      },
    }),
  );

  // Validates a JSON map body; answers 400 on malformed JSON and 422 with every problem.
  const readMap = async (c: Context): Promise<{ response: Response } | { map: MapDocument }> => {
    const body = await readJson(c);
    if (!body.ok) return { response: body.response };
    const result = validateMapDocument(body.value);
    if (!result.ok) {
      return { response: apiError(c, 422, 'the map document is not valid', { problems: result.problems }) };
    }
    return { map: result.map };
  };

  app.get('/', (c) => c.json(maps.list().map(publicRecord)));

  app.post('/', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = createBody.safeParse(body.value);
    if (!parsed.success) {
      return apiError(c, 422, 'invalid request', {
        problems: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
      });
    }
    const content: MapDocument = { ...templateMap(parsed.data.template ?? 'blank'), title: parsed.data.title };
    return c.json(publicRecord(maps.create(content)), 201);
  });

  app.post('/import', async (c) => {
    const read = await readMap(c);
    if ('response' in read) return read.response;
    return c.json(publicRecord(maps.create(read.map)), 201);
  });

  app.use('/:id/*', async (c, next) => {
    if (!MAP_ID.test(c.req.param('id'))) return apiError(c, 404, 'map not found');
    await next();
  });
  app.use('/:id', async (c, next) => {
    if (!MAP_ID.test(c.req.param('id'))) return apiError(c, 404, 'map not found');
    await next();
  });

  app.get('/:id', (c) => {
    const map = maps.read(c.req.param('id'));
    return map ? c.json(map) : apiError(c, 404, 'map not found');
  });

  app.get('/:id/export', (c) => {
    const map = maps.read(c.req.param('id'));
    if (!map) return apiError(c, 404, 'map not found');
    c.header('Content-Disposition', `attachment; filename="${fileName(map.title)}"`);
    return c.body(`${JSON.stringify(map, null, 2)}\n`, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    if (!maps.get(id)) return apiError(c, 404, 'map not found');
    const read = await readMap(c);
    if ('response' in read) return read.response;
    const map = maps.replace(id, read.map);
    return map ? c.json(map) : apiError(c, 404, 'map not found');
  });

  app.delete('/:id', (c) => {
    return maps.delete(c.req.param('id')) ? c.body(null, 204) : apiError(c, 404, 'map not found');
  });

  return app;
}

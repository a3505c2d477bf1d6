import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { LIMITS, validateMapDocument, type MapDocument } from '../../../shared/src/index.js';
import type { MapService } from '../maps.js';
import { TEMPLATE_IDS, templateMap } from '../templates.js';
import { MAP_ID, apiError, readBody, readJson } from './errors.js';
import { exportFileName, publicRecord, trashedRecord } from './records.js';
import { thumbnailRoute } from './thumbnail.js';

const title = z.string().trim().min(1, 'must not be empty').max(LIMITS.nameLength);

const createBody = z.strictObject({
  title,
  template: z.enum(TEMPLATE_IDS).optional(),
});
const renameBody = z.strictObject({ title });
const duplicateBody = z.strictObject({ title: title.optional() });
const deleteQuery = z.object({
  permanent: z.enum(['true', 'false'], 'must be true or false').optional(),
});

const notFound = (c: Context) => apiError(c, 404, 'map not found');

/**
 * `/api/maps`: list, create, import, read, replace, rename, duplicate, export, thumbnail, and the
 * trash (delete moves a map there; restore, permanent delete, emptying it).
 */
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
    const body = await readBody(c, createBody);
    if (!body.ok) return body.response;
    const content: MapDocument = { ...templateMap(body.value.template ?? 'blank'), title: body.value.title };
    return c.json(publicRecord(maps.create(content)), 201);
  });

  app.post('/import', async (c) => {
    const read = await readMap(c);
    if ('response' in read) return read.response;
    return c.json(publicRecord(maps.create(read.map)), 201);
  });

  // Registered before `/:id`, which would otherwise take "trash" for a map id.
  app.get('/trash', (c) => c.json(maps.listTrash().map((record) => trashedRecord(record, maps.trashRetentionMs))));
  app.delete('/trash', (c) => {
    for (const record of maps.listTrash()) maps.deletePermanently(record.id);
    return c.body(null, 204);
  });

  app.use('/:id/*', async (c, next) => {
    if (!MAP_ID.test(c.req.param('id'))) return notFound(c);
    await next();
  });
  app.use('/:id', async (c, next) => {
    if (!MAP_ID.test(c.req.param('id'))) return notFound(c);
    await next();
  });

  app.get('/:id', (c) => {
    const map = maps.read(c.req.param('id'));
    return map ? c.json(map) : notFound(c);
  });

  app.get('/:id/export', (c) => {
    const map = maps.read(c.req.param('id'));
    if (!map) return notFound(c);
    c.header('Content-Disposition', `attachment; filename="${exportFileName(map.title)}"`);
    return c.body(`${JSON.stringify(map, null, 2)}\n`, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/:id/thumbnail.svg', thumbnailRoute(maps));

  app.put('/:id', async (c) => {
    const id = c.req.param('id');
    if (!maps.get(id)) return notFound(c);
    const read = await readMap(c);
    if ('response' in read) return read.response;
    const map = maps.replace(id, read.map);
    return map ? c.json(map) : notFound(c);
  });

  app.patch('/:id', async (c) => {
    const id = c.req.param('id');
    if (!maps.get(id)) return notFound(c);
    const body = await readBody(c, renameBody);
    if (!body.ok) return body.response;
    const record = maps.rename(id, body.value.title);
    return record ? c.json(publicRecord(record)) : notFound(c);
  });

  app.post('/:id/duplicate', async (c) => {
    const id = c.req.param('id');
    if (!maps.get(id)) return notFound(c);
    const body = await readBody(c, duplicateBody, { emptyIsObject: true });
    if (!body.ok) return body.response;
    const record = maps.duplicate(id, body.value.title);
    return record ? c.json(publicRecord(record), 201) : notFound(c);
  });

  app.post('/:id/restore', (c) => {
    const record = maps.restore(c.req.param('id'));
    return record ? c.json(publicRecord(record)) : notFound(c);
  });

  app.delete('/:id', (c) => {
    const query = deleteQuery.safeParse(c.req.query());
    if (!query.success) {
      return apiError(c, 422, 'invalid request', {
        problems: query.error.issues.map((i) => ({ path: i.path.join('.') || '(query)', message: i.message })),
      });
    }
    const id = c.req.param('id');
    const done = query.data.permanent === 'true' ? maps.deletePermanently(id) : maps.moveToTrash(id);
    return done ? c.body(null, 204) : notFound(c);
  });

  return app;
}

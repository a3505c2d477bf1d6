import * as Y from 'yjs';
import { LIMITS } from './format.js';
import { isValidKey, keyBetween, sortByOrder } from './order.js';
import { setField, stringField, type EntityCollection, type EntityMap } from './schema.js';

function isId(id: string): boolean {
  return id.length > 0 && id.length <= LIMITS.idLength;
}

/** Entities of a collection in their stored order, skipping anything that is not an entity. */
export function orderedEntities(collection: EntityCollection): { id: string; order: string; entity: EntityMap }[] {
  const items: { id: string; order: string; entity: EntityMap }[] = [];
  collection.forEach((entity, id) => {
    if (entity instanceof Y.Map && isId(id)) items.push({ id, order: stringField(entity, 'order'), entity });
  });
  return sortByOrder(items);
}

/**
 * Makes a collection hold exactly `items` in this order: existing entities with the same id are
 * updated field by field (so that open editors keep their selection and see a minimal change),
 * others are created or deleted. Existing order keys are kept while they still ascend.
 */
export function reconcileCollection<T extends { id: string }>(
  collection: EntityCollection,
  items: readonly T[],
  writeFields: (entity: EntityMap, item: T) => void,
): void {
  const wanted = new Set(items.map((item) => item.id));
  for (const id of [...collection.keys()]) {
    if (!wanted.has(id)) collection.delete(id);
  }
  let previous: string | null = null;
  for (const item of items) {
    let entity = collection.get(item.id);
    if (!(entity instanceof Y.Map)) {
      entity = new Y.Map<unknown>();
      collection.set(item.id, entity);
    }
    const current = stringField(entity, 'order');
    const keep: boolean = current !== '' && (previous === null || current > previous) && isValidKey(current);
    const order: string = keep ? current : keyBetween(previous, null);
    setField(entity, 'order', order);
    previous = order;
    writeFields(entity, item);
  }
}

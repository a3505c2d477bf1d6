import type { MapRecord } from '../store/DocStore.js';

/** A map record as the API shows it. */
export function publicRecord(record: MapRecord) {
  return {
    id: record.id,
    title: record.title,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    url: `/maps/${record.id}`,
  };
}

/** A map in the trash: when it was put there and when it will be deleted for good. */
export function trashedRecord(record: MapRecord, retentionMs: number) {
  const deletedAt = record.deletedAt ?? Date.now();
  return {
    ...publicRecord(record),
    deletedAt: new Date(deletedAt).toISOString(),
    purgeAt: new Date(deletedAt + retentionMs).toISOString(),
  };
}

/** `buying-a-new-car.waymark.json`: the title as a safe file name. */
export function exportFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'journey-map'}.waymark.json`;
}

/**
 * Loaded into the benchmarked server with `--import` (after tsx), so that the server stays
 * `server/src/main.ts` with no API added for the benchmark. Over the IPC channel it answers
 * `stats` with the number of loaded rooms, of maps the activity list still holds, and
 * `process.memoryUsage()`; `gc` runs a full garbage collection (a diagnostic, taken last).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ActivityLog } from '../../server/src/history/ActivityLog.js';
import { Rooms } from '../../server/src/sync/rooms.js';

/** What the probe answers to `stats`. */
export interface ProbeStats {
  /** Loaded rooms; null until the first connection (the probe learns the instance then). */
  rooms: number | null;
  /** Maps with activity stretches in memory; null until the first recorded change. */
  activityMaps: number | null;
  memory: NodeJS.MemoryUsage;
  /** Committed size of each V8 heap space in bytes: which space kept what the heap grew. */
  spaces: Record<string, number>;
}

/** A request to the probe over IPC. */
export type ProbeRequest = { type: 'stats' } | { type: 'gc' };

// The modules resolve to the same URLs as the server's imports, so these are the server's classes.
// The instances are learnt from their first call: the server never hands them out.
const seen: { rooms?: Rooms; activity?: ActivityLog } = {};

const connect = Rooms.prototype.connect;
Rooms.prototype.connect = function (this: Rooms, ...args: Parameters<Rooms['connect']>) {
  seen.rooms ??= this;
  return connect.apply(this, args);
};
const record = ActivityLog.prototype.record;
ActivityLog.prototype.record = function (this: ActivityLog, ...args: Parameters<ActivityLog['record']>) {
  seen.activity ??= this;
  return record.apply(this, args);
};

function activityMaps(): number | null {
  const { activity } = seen;
  if (!activity) return null;
  // A private field, read for the diagnosis only: how many maps' stretches are still in memory.
  const stretches = (activity as unknown as { stretches: Map<string, unknown> }).stretches;
  return stretches.size;
}

process.on('message', (request: ProbeRequest) => {
  if (request.type === 'gc') {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  }
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]));
  const stats: ProbeStats = { rooms: seen.rooms?.loadedCount ?? null, activityMaps: activityMaps(), memory: process.memoryUsage(), spaces };
  process.send?.(stats);
});

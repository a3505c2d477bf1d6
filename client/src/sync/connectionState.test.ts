import { describe, expect, it } from 'vitest';
import { nextConnectionState, type ConnectionEvent, type ConnectionState } from './connectionState.js';

function run(events: ConnectionEvent[], start: ConnectionState = 'connecting'): ConnectionState {
  return events.reduce(nextConnectionState, start);
}

describe('nextConnectionState', () => {
  it('is live once connected and synced', () => {
    expect(run([{ type: 'status', status: 'connecting' }])).toBe('connecting');
    expect(run([{ type: 'status', status: 'connected' }])).toBe('connecting');
    expect(run([{ type: 'status', status: 'connected' }, { type: 'sync', synced: true }])).toBe('live');
  });

  it('stays offline while reconnecting after a loss, and is live again after a sync', () => {
    const lost: ConnectionEvent[] = [
      { type: 'sync', synced: true },
      { type: 'sync', synced: false },
      { type: 'status', status: 'disconnected' },
      { type: 'closed' },
      { type: 'status', status: 'connecting' },
    ];
    expect(run(lost)).toBe('offline');
    expect(run([...lost, { type: 'status', status: 'connected' }])).toBe('offline');
    expect(run([...lost, { type: 'status', status: 'connected' }, { type: 'sync', synced: true }])).toBe('live');
  });

  it('is offline when the first attempt fails', () => {
    expect(run([{ type: 'status', status: 'connecting' }, { type: 'closed' }])).toBe('offline');
  });
});

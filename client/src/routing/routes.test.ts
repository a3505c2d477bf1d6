import { describe, expect, it } from 'vitest';
import { mapPath, parseRoute, reportPath } from './routes.js';

describe('parseRoute', () => {
  it('knows the map list and a map', () => {
    expect(parseRoute('/')).toEqual({ page: 'maps' });
    expect(parseRoute('/maps/abc-123')).toEqual({ page: 'map', mapId: 'abc-123' });
    expect(parseRoute('/maps/abc-123/')).toEqual({ page: 'map', mapId: 'abc-123' });
  });

  it('knows the report of a map', () => {
    expect(parseRoute('/maps/abc-123/report')).toEqual({ page: 'report', mapId: 'abc-123' });
    expect(parseRoute('/maps/abc-123/report/')).toEqual({ page: 'report', mapId: 'abc-123' });
    expect(parseRoute(reportPath('m_1.x~y'))).toEqual({ page: 'report', mapId: 'm_1.x~y' });
    expect(parseRoute('/maps/abc/reports')).toEqual({ page: 'unknown', path: '/maps/abc/reports' });
  });

  it('knows the trash', () => {
    expect(parseRoute('/trash')).toEqual({ page: 'trash' });
    expect(parseRoute('/trash/')).toEqual({ page: 'trash' });
    expect(parseRoute('/trash/x')).toEqual({ page: 'unknown', path: '/trash/x' });
  });

  it('round-trips mapPath', () => {
    expect(parseRoute(mapPath('m_1.x~y'))).toEqual({ page: 'map', mapId: 'm_1.x~y' });
  });

  it('refuses anything else', () => {
    expect(parseRoute('/maps')).toEqual({ page: 'unknown', path: '/maps' });
    expect(parseRoute('/maps/a/b')).toEqual({ page: 'unknown', path: '/maps/a/b' });
    expect(parseRoute('/maps/%E0%A4%A')).toEqual({ page: 'unknown', path: '/maps/%E0%A4%A' });
    expect(parseRoute('/maps/a%20b')).toEqual({ page: 'unknown', path: '/maps/a%20b' });
  });
});

import { describe, expect, it } from 'vitest';
import { permissionsOf } from './roles.js';

describe('permissionsOf', () => {
  it('gives the owner everything and an editor the map only', () => {
    expect(permissionsOf('owner')).toEqual({ editMap: true, manageMaps: true, share: true });
    expect(permissionsOf('editor')).toEqual({ editMap: true, manageMaps: false, share: false });
  });

  it('lets commenters and viewers change nothing', () => {
    expect(permissionsOf('commenter')).toEqual({ editMap: false, manageMaps: false, share: false });
    expect(permissionsOf('viewer')).toEqual({ editMap: false, manageMaps: false, share: false });
  });
});

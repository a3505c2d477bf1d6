import { describe, expect, it } from 'vitest';
import { permissionsOf } from './roles.js';

describe('permissionsOf', () => {
  it('gives the owner everything and an editor the map only', () => {
    expect(permissionsOf('owner')).toEqual({ editMap: true, manageMaps: true, share: true, comment: true });
    expect(permissionsOf('editor')).toEqual({ editMap: true, manageMaps: false, share: false, comment: true });
  });

  it('lets commenters comment and viewers only look', () => {
    expect(permissionsOf('commenter')).toEqual({ editMap: false, manageMaps: false, share: false, comment: true });
    expect(permissionsOf('viewer')).toEqual({ editMap: false, manageMaps: false, share: false, comment: false });
  });
});

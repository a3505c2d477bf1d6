import { describe, expect, it } from 'vitest';
import { OWNER, decide, type Grant } from './grants.js';

const share = (role: 'editor' | 'commenter' | 'viewer'): Grant => ({ role, mapId: 'm1', shareId: 's1', label: null, expiresAt: null });
const status = (grant: Grant, method: string, path: string) => {
  const decision = decide(grant, method, path);
  return decision.allow ? 200 : decision.status;
};

describe('decide: the access policy of the map API', () => {
  it('lets the owner do everything', () => {
    for (const [method, path] of [['GET', ''], ['POST', '/import'], ['DELETE', '/m2'], ['POST', '/m1/shares']]) {
      expect(status(OWNER, method!, path!)).toBe(200);
    }
  });

  it('shows a link holder their map only, as if no other existed', () => {
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      expect(status(share(role), 'GET', '/m1')).toBe(200);
      expect(status(share(role), 'GET', '/m1/thumbnail.svg')).toBe(200);
      expect(status(share(role), 'GET', '/m2')).toBe(404);
      expect(status(share(role), 'PUT', '/m2')).toBe(404);
      expect(status(share(role), 'GET', '/%E0%A4%A')).toBe(404);
      expect(status(share(role), 'GET', '')).toBe(403);
      expect(status(share(role), 'GET', '/')).toBe(403);
      expect(status(share(role), 'GET', '/trash')).toBe(403);
      expect(status(share(role), 'POST', '/import')).toBe(403);
      expect(status(share(role), 'GET', '/m1/shares')).toBe(403);
      expect(status(share(role), 'DELETE', '/m1/shares/s1')).toBe(403);
      expect(status(share(role), 'DELETE', '/m1')).toBe(403);
      expect(status(share(role), 'POST', '/m1/duplicate')).toBe(403);
      expect(status(share(role), 'POST', '/m1/restore')).toBe(403);
    }
  });

  it('lets editors change the document and its measurements, and nobody else', () => {
    const writes = [['PUT', '/m1'], ['PATCH', '/m1'], ['POST', '/m1/measurements'], ['DELETE', '/m1/measurements']];
    for (const [method, path] of writes) {
      expect(status(share('editor'), method!, path!)).toBe(200);
      expect(status(share('commenter'), method!, path!)).toBe(403);
      expect(status(share('viewer'), method!, path!)).toBe(403);
    }
    // A made-up sub-path is no write anybody is granted.
    expect(status(share('editor'), 'POST', '/m1/anything')).toBe(403);
    expect(status(share('editor'), 'PUT', '/m1/measurements/extra')).toBe(403);
  });

  it('lets editors run a facilitation session, and every role vote', () => {
    const running = [['POST', '/m1/session/timer'], ['DELETE', '/m1/session/timer'], ['POST', '/m1/session/vote'], ['POST', '/m1/session/vote/reveal'], ['DELETE', '/m1/session/vote'], ['POST', '/m1/session/lock'], ['POST', '/m1/session/unlock']];
    for (const [method, path] of running) {
      expect(status(share('editor'), method!, path!)).toBe(200);
      expect(status(share('commenter'), method!, path!)).toBe(403);
      expect(status(share('viewer'), method!, path!)).toBe(403);
    }
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      expect(status(share(role), 'PUT', '/m1/session/vote/ballots/voter-0123456789abcdef')).toBe(200);
      expect(status(share(role), 'PUT', '/m1/session/vote/ballots/a/b')).toBe(403);
    }
  });

  it('lets commenters and up comment, and viewers only read', () => {
    const comments = [
      ['POST', '/m1/threads'],
      ['POST', '/m1/threads/th-1/comments'],
      ['PATCH', '/m1/threads/th-1'],
      ['PATCH', '/m1/threads/th-1/comments/cm-1'],
      ['DELETE', '/m1/threads/th-1/comments/cm-1'],
    ];
    for (const [method, path] of comments) {
      expect(status(share('editor'), method!, path!)).toBe(200);
      expect(status(share('commenter'), method!, path!)).toBe(200);
      expect(status(share('viewer'), method!, path!)).toBe(403);
    }
    expect(status(share('viewer'), 'GET', '/m1/threads')).toBe(200);
    expect(status(share('commenter'), 'DELETE', '/m1/threads/th-1')).toBe(403);
    expect(status(share('commenter'), 'POST', '/m1/threads/th-1/comments/cm-1')).toBe(403);
  });
});

import { describe, expect, it } from 'vitest';
import type { Access } from '../api/accessApi.js';
import { gateView, type GateFacts } from './gateView.js';

const OWNER: Access = { auth: true, role: 'owner', mapId: null, shareId: null, label: null, expiresAt: null };
const VIEWER: Access = { auth: true, role: 'viewer', mapId: 'm1', shareId: 's1', label: 'Board', expiresAt: null };

function facts(overrides: Partial<GateFacts> & { owner?: string | null; unchecked?: string | null; shared?: string[] }): GateFacts {
  const { owner = null, unchecked = null, shared = [], ...rest } = overrides;
  return {
    scope: null,
    token: null,
    check: { state: 'checking' },
    lost: null,
    credentials: { ownerToken: owner, isUncheckedLink: (token) => token !== null && token === unchecked, sharedMapIds: () => shared },
    ...rest,
  };
}

describe('gateView', () => {
  it('waits for the server, and says when it cannot be reached', () => {
    expect(gateView(facts({}))).toEqual({ page: 'pending' });
    expect(gateView(facts({ check: { state: 'unreachable' } }))).toEqual({ page: 'unreachable' });
  });

  it('lets the owner in everywhere, and a link holder into its own map', () => {
    const owner = { state: 'done', answer: { granted: true, access: OWNER } } as const;
    expect(gateView(facts({ check: owner }))).toEqual({ page: 'app', access: OWNER });
    expect(gateView(facts({ scope: 'm2', check: owner }))).toEqual({ page: 'app', access: OWNER });
    const viewer = { state: 'done', answer: { granted: true, access: VIEWER } } as const;
    expect(gateView(facts({ scope: 'm1', check: viewer }))).toEqual({ page: 'app', access: VIEWER });
  });

  it('sends a link holder on the list (or another map) to the maps their links open', () => {
    const viewer = { state: 'done', answer: { granted: true, access: VIEWER } } as const;
    expect(gateView(facts({ scope: null, check: viewer, shared: ['m0', 'm1'] }))).toEqual({ page: 'shared', mapIds: ['m1', 'm0'] });
    const missing = { state: 'done', answer: { granted: false, reason: 'missing' } } as const;
    expect(gateView(facts({ scope: 'm9', check: missing, shared: ['m1'] }))).toEqual({ page: 'shared', mapIds: ['m1'] });
  });

  it('asks to sign in without any token', () => {
    const missing = { state: 'done', answer: { granted: false, reason: 'missing' } } as const;
    expect(gateView(facts({ check: missing }))).toEqual({ page: 'signIn' });
  });

  it('says why a link does not work, offering the maps to an owner', () => {
    const revoked = { state: 'done', answer: { granted: false, reason: 'revoked' } } as const;
    expect(gateView(facts({ scope: 'm1', token: 'share', check: revoked }))).toEqual({ page: 'denied', reason: 'revoked', canOpenMaps: false });
    expect(gateView(facts({ scope: 'm1', lost: 'expired', owner: 'own' }))).toEqual({ page: 'denied', reason: 'expired', canOpenMaps: true });
  });

  it('waits while a refused link or a stale owner token is dealt with', () => {
    const unknown = { state: 'done', answer: { granted: false, reason: 'unknown' } } as const;
    expect(gateView(facts({ token: 'link', unchecked: 'link', check: unknown }))).toEqual({ page: 'pending' });
    expect(gateView(facts({ token: 'own', owner: 'own', check: unknown }))).toEqual({ page: 'pending' });
  });
});

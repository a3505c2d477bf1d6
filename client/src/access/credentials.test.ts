import { describe, expect, it } from 'vitest';
import { Credentials, type TokenStorage } from './credentials.js';
import { parseSignInInput, searchWithoutToken, takeTokenFromLocation, tokenInSearch } from './linkToken.js';

function memoryStorage(): TokenStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('Credentials', () => {
  it('uses an unchecked link for everything until the server has answered', () => {
    const credentials = new Credentials(memoryStorage(), 'link-token');
    expect(credentials.tokenFor(null)).toBe('link-token');
    expect(credentials.tokenFor('m1')).toBe('link-token');
    expect(credentials.isUncheckedLink('link-token')).toBe(true);
  });

  it('remembers an owner link and uses it everywhere', () => {
    const storage = memoryStorage();
    const credentials = new Credentials(storage, 'owner-token');
    credentials.adopt('owner-token', { role: 'owner', mapId: null });
    expect(credentials.tokenFor(null)).toBe('owner-token');
    expect(credentials.tokenFor('m1')).toBe('owner-token');
    // The next visit, without the link.
    expect(new Credentials(storage).tokenFor('m2')).toBe('owner-token');
  });

  it('prefers this load’s link, then the owner token, then the map’s share token', () => {
    const storage = memoryStorage();
    new Credentials(storage, 'share-m1').adopt('share-m1', { role: 'viewer', mapId: 'm1' });
    expect(new Credentials(storage).tokenFor('m1')).toBe('share-m1');
    expect(new Credentials(storage).tokenFor('m2')).toBeNull();
    expect(new Credentials(storage).tokenFor(null)).toBeNull();

    const owner = new Credentials(storage, 'owner-token');
    owner.adopt('owner-token', { role: 'owner', mapId: null });
    expect(new Credentials(storage).tokenFor('m1')).toBe('owner-token');

    // An owner who opens a viewer link sees what the viewer sees, on this load.
    const viewing = new Credentials(storage, 'share-m1-again');
    viewing.adopt('share-m1-again', { role: 'viewer', mapId: 'm1' });
    expect(viewing.tokenFor('m1')).toBe('share-m1-again');
    expect(viewing.tokenFor('m2')).toBe('owner-token');
    expect(viewing.sharedMapIds()).toEqual(['m1']);
  });

  it('falls back to the other tokens when the link is dead, and notifies', () => {
    const storage = memoryStorage();
    storage.setItem('waymark.ownerToken', 'owner-token');
    const credentials = new Credentials(storage, 'revoked');
    let changes = 0;
    credentials.subscribe(() => changes++);
    credentials.rejectLink('revoked');
    expect(credentials.tokenFor('m1')).toBe('owner-token');
    expect(credentials.isLink('revoked')).toBe(true);
    credentials.forgetOwner();
    expect(credentials.tokenFor('m1')).toBeNull();
    expect(changes).toBe(2);
    expect(credentials.getVersion()).toBe(2);
  });

  it('survives a broken or blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('waymark.shareTokens', '[1,2');
    expect(new Credentials(storage).tokenFor('m1')).toBeNull();
    const blocked: TokenStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const credentials = new Credentials(blocked, 'owner-token');
    credentials.adopt('owner-token', { role: 'owner', mapId: null });
    expect(credentials.tokenFor('m1')).toBe('owner-token');
  });
});

describe('link tokens', () => {
  it('reads and strips the token, keeping the other parameters', () => {
    expect(tokenInSearch('?token=abc&period=2024')).toBe('abc');
    expect(tokenInSearch('?token=')).toBeNull();
    expect(searchWithoutToken('?token=abc&period=2024')).toBe('?period=2024');
    expect(searchWithoutToken('?token=abc')).toBe('');
  });

  it('takes the token out of the address bar', () => {
    const replaced: string[] = [];
    const location = { pathname: '/maps/m1/report', search: '?period=Q1&token=s3cret-token', hash: '#x' } as Location;
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) } as unknown as History;
    expect(takeTokenFromLocation(location, history)).toBe('s3cret-token');
    expect(replaced).toEqual(['/maps/m1/report?period=Q1#x']);
    expect(takeTokenFromLocation({ ...location, search: '' }, history)).toBeNull();
    expect(replaced).toHaveLength(1);
  });

  it('accepts a token or a sign-in address on the sign-in form', () => {
    expect(parseSignInInput('  abcdefgh1234  ')).toBe('abcdefgh1234');
    expect(parseSignInInput('http://localhost:3000/?token=abcdefgh1234')).toBe('abcdefgh1234');
    expect(parseSignInInput('https://waymark.example/maps/m1?token=abc%2Bdefgh')).toBe('abc+defgh');
    expect(parseSignInInput('/?token=abcdefgh1234')).toBe('abcdefgh1234');
    expect(parseSignInInput('http://localhost:3000/')).toBeNull();
    expect(parseSignInInput('two words')).toBeNull();
    expect(parseSignInInput('')).toBeNull();
    expect(parseSignInInput('x'.repeat(513))).toBeNull();
  });
});

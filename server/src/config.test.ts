import { describe, expect, it } from 'vitest';
import { DEFAULTS, configFromEnv } from './config.js';

describe('configFromEnv', () => {
  it('has authentication on by default, with a generated owner token', () => {
    const config = configFromEnv({});
    expect(config.auth).toBe(true);
    expect(config.ownerToken).toBeNull();
    expect(config.publicUrl).toBeNull();
    expect(config.connectsPerMinute).toBe(DEFAULTS.connectsPerMinute);
  });

  it('reads the access settings', () => {
    const config = configFromEnv({
      WAYMARK_AUTH: 'off',
      WAYMARK_OWNER_TOKEN: 'a-long-enough-owner-token',
      WAYMARK_PUBLIC_URL: 'https://waymark.example.com/',
      WAYMARK_CONNECTS_PER_MINUTE: '30',
      WAYMARK_MESSAGES_PER_SECOND: '50',
      WAYMARK_PING_INTERVAL_MS: '5000',
    });
    expect(config).toMatchObject({
      auth: false,
      ownerToken: 'a-long-enough-owner-token',
      publicUrl: 'https://waymark.example.com',
      connectsPerMinute: 30,
      messagesPerSecond: 50,
      pingIntervalMs: 5000,
    });
  });

  it('refuses bad values with a clear message that never repeats a token', () => {
    expect(() => configFromEnv({ WAYMARK_AUTH: 'maybe' })).toThrow(/WAYMARK_AUTH must be on or off/);
    expect(() => configFromEnv({ WAYMARK_OWNER_TOKEN: 'short' })).toThrow(/WAYMARK_OWNER_TOKEN must be 16 to 200/);
    expect(() => configFromEnv({ WAYMARK_OWNER_TOKEN: 'has spaces in the secret value' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret value') }),
    );
    expect(() => configFromEnv({ WAYMARK_PUBLIC_URL: 'waymark.example.com' })).toThrow(/WAYMARK_PUBLIC_URL/);
    expect(() => configFromEnv({ WAYMARK_CONNECTS_PER_MINUTE: '0' })).toThrow(/WAYMARK_CONNECTS_PER_MINUTE/);
    expect(() => configFromEnv({ WAYMARK_PING_INTERVAL_MS: '10' })).toThrow(/WAYMARK_PING_INTERVAL_MS must be an integer ≥ 100/);
  });
});

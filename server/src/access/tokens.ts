import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** 192 random bits, URL-safe: far beyond guessing, and short enough for a link. */
export function newToken(): string {
  return `wm_${randomBytes(24).toString('base64url')}`;
}

/** What the database keeps of a token: tokens are random, so a plain SHA-256 is enough. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two tokens in constant time (through their hashes, which have equal length). */
export function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(a), 'hex'), Buffer.from(hashToken(b), 'hex'));
}

/** Where a generated owner token is kept: next to the database, readable by its owner only. */
export function ownerTokenFile(dbPath: string): string {
  return join(dirname(dbPath), 'owner-token');
}

/**
 * The owner's token: the configured one, else the one generated at an earlier start, else a new
 * one written to the data directory (so that the sign-in link stays valid across restarts).
 */
export function loadOwnerToken(configured: string | null, dbPath: string): { token: string; source: 'environment' | 'file' | 'generated' } {
  if (configured) return { token: configured, source: 'environment' };
  if (dbPath === ':memory:') return { token: newToken(), source: 'generated' };
  const file = ownerTokenFile(dbPath);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 16) return { token: stored, source: 'file' };
  }
  const token = newToken();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, source: 'generated' };
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A random id such as `tp-k3j9x0q2m1ab`. Uses getRandomValues, not randomUUID, because the
 * latter is missing in browsers on plain-http LAN addresses (a workshop sharing its server).
 */
export function newId(prefix: string, length = 12): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}-${out}`;
}

import type { Language } from '../i18n/translate.js';

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, decimals: number, sign: boolean): Intl.NumberFormat {
  const key = `${language}:${decimals}:${sign}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: 0,
      maximumFractionDigits: decimals,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
    cache.set(key, format);
  }
  return format;
}

/** A number as the reader writes it (decimal comma in German); `sign` adds + to gains. Dash for null. */
export function formatNumber(
  value: number | null | undefined,
  language: Language,
  options: { decimals?: number; sign?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  // A true minus sign: it lines up with the plus in tables.
  return formatter(language, options.decimals ?? 1, options.sign ?? false).format(value).replace('-', '−');
}

/** Which way a delta points: up, down or flat (rounded to the shown precision). */
export function deltaDirection(delta: number | null, decimals = 1): 'up' | 'down' | 'flat' | 'none' {
  if (delta === null) return 'none';
  const shown = Math.round(delta * 10 ** decimals) / 10 ** decimals;
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
}

/** A file size for people: bytes, kB or MB. */
export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, language, { decimals: 0 })} kB`;
  return `${formatNumber(bytes / 1_000_000, language, { decimals: 1 })} MB`;
}

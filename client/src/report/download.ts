import type { Insights } from '../../../shared/src/index.js';

/** Saves a blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text as part of a file name that works on every system: ASCII letters, digits, `.`, `_` and `-`. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A file name that works on every system: the map title, the period and the baseline. */
export function reportFileName(mapTitle: string, insights: Pick<Insights, 'period' | 'baseline'>, extension: string): string {
  const parts = [fileNamePart(mapTitle) || 'map', 'barometer'];
  if (insights.period) parts.push(fileNamePart(insights.period));
  if (insights.baseline) parts.push('vs', fileNamePart(insights.baseline));
  return `${parts.join('-').replace(/-{2,}/g, '-')}.${extension}`;
}

/** An exported map's file name: its title and the day of the export (local time), e.g. `Buying-a-car-2026-03-31.pdf`. */
export function mapFileName(mapTitle: string, date: Date, extension: string): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${`${fileNamePart(mapTitle) || 'map'}-${day}`.replace(/-{2,}/g, '-')}.${extension}`;
}

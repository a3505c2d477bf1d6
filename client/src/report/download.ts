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

/** A file name that works on every system: the map title, the period and the baseline. */
export function reportFileName(mapTitle: string, insights: Pick<Insights, 'period' | 'baseline'>, extension: string): string {
  const clean = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const parts = [clean(mapTitle) || 'map', 'barometer'];
  if (insights.period) parts.push(clean(insights.period));
  if (insights.baseline) parts.push('vs', clean(insights.baseline));
  return `${parts.join('-').replace(/-{2,}/g, '-')}.${extension}`;
}

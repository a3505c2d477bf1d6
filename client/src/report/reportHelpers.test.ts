import { describe, expect, it } from 'vitest';
import { reportFileName } from './download.js';
import { pdfText } from './pdfText.js';
import { parseSetting } from './settingValue.js';
import { reportQuery } from './useReportParams.js';

describe('report helpers', () => {
  it('names downloads safely', () => {
    expect(reportFileName('Kauf eines Neuwagens / Händler', { period: '2026-Q1', baseline: '2025' }, 'csv')).toBe(
      'Kauf-eines-Neuwagens-Handler-barometer-2026-Q1-vs-2025.csv',
    );
    expect(reportFileName('???', { period: null, baseline: null }, 'pdf')).toBe('map-barometer.pdf');
  });

  it('keeps PDF text inside the standard fonts’ character set', () => {
    expect(pdfText('Größe −4,5 → „gut“ ✓ 中')).toBe('Größe -4,5 -> „gut“ ? ?');
  });

  it('reads settings with a decimal comma and refuses values out of range', () => {
    expect(parseSetting('csiTarget', '72,5')).toEqual({ ok: true, value: 72.5 });
    expect(parseSetting('csiTarget', '0')).toEqual({ ok: true, value: 0 });
    expect(parseSetting('csiTarget', '101')).toEqual({ ok: false });
    expect(parseSetting('declineThreshold', '0')).toEqual({ ok: false });
    expect(parseSetting('declineThreshold', 'abc')).toEqual({ ok: false });
  });

  it('writes period and baseline into the address, leaving defaults out', () => {
    expect(reportQuery({ period: null, baseline: undefined })).toBe('');
    expect(reportQuery({ period: '2026', baseline: undefined })).toBe('?period=2026');
    expect(reportQuery({ period: '2026', baseline: null })).toBe('?period=2026&baseline=');
    expect(reportQuery({ period: null, baseline: '2024' })).toBe('?baseline=2024');
  });
});

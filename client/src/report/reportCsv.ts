import type { Language } from '../i18n/translate.js';
import type { ReportRow } from './reportRows.js';

/**
 * How Excel in each language reads a CSV by double-click: German Excel expects `;` between fields
 * and a decimal comma, English Excel `,` and a decimal point.
 */
export const CSV_DIALECT: Record<Language, { separator: string; decimal: string }> = {
  en: { separator: ',', decimal: '.' },
  de: { separator: ';', decimal: ',' },
};

/** A number for a spreadsheet: no grouping, at most two decimals, the dialect's decimal mark. Empty for null. */
export function csvNumber(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(Math.round(value * 100) / 100);
  return CSV_DIALECT[language].decimal === ',' ? text.replace('.', ',') : text;
}

/**
 * A text cell, quoted when needed. A cell that a spreadsheet would run as a formula (=, +, -, @)
 * gets a leading apostrophe: a touchpoint title must never execute.
 */
export function csvText(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvLabels {
  headers: {
    number: string;
    phase: string;
    touchpoint: string;
    metricKey: string;
    importance: string;
    momentOfTruth: string;
    csi: string;
    baseline: string;
    delta: string;
    n: string;
  };
  yes: string;
  no: string;
}

/** A cell of a CSV table: text (quoted when needed), a number (in the dialect), or null (empty). */
export type CsvCell = string | number | null;

/** A table as a CSV file's text, first row the header: UTF-8 BOM (so Excel reads umlauts right), CRLF lines. */
export function csvTable(rows: readonly (readonly CsvCell[])[], language: Language): string {
  const { separator } = CSV_DIALECT[language];
  const cell = (value: CsvCell) => (typeof value === 'string' ? csvText(value, separator) : csvNumber(value, language));
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

/** The touchpoint table of the report as a CSV file's text. */
export function reportCsv(rows: readonly ReportRow[], labels: CsvLabels, language: Language): string {
  const h = labels.headers;
  const header = [h.number, h.phase, h.touchpoint, h.metricKey, h.importance, h.momentOfTruth, h.csi, h.baseline, h.delta, h.n];
  return csvTable(
    [
      header,
      ...rows.map((row) => [
        row.number,
        row.phase,
        row.touchpoint,
        row.metricKey,
        row.importance,
        row.momentOfTruth ? labels.yes : labels.no,
        row.csi,
        row.baselineCsi,
        row.delta,
        row.n,
      ]),
    ],
    language,
  );
}

import type { jsPDF } from 'jspdf';
import type { Insights, MapDocument } from '../../../shared/src/index.js';
import type { Language, Translate } from '../i18n/translate.js';
import { deltaDirection, formatNumber } from '../measurements/formatNumber.js';
import { pdfText } from './pdfText.js';
import type { ReportRow } from './reportRows.js';

// The drawing kit of the report PDF: page geometry, colours, and the small pieces every section uses.

export interface PdfInput {
  map: MapDocument;
  insights: Insights;
  rows: readonly ReportRow[];
  t: Translate;
  language: Language;
  createdAt: Date;
}

export type Rgb = [number, number, number];
export const INK: Rgb = [23, 32, 51];
export const MUTED: Rgb = [91, 103, 121];
export const LINE: Rgb = [214, 221, 230];
export const SOFT: Rgb = [247, 249, 251];
export const UP: Rgb = [0, 114, 178];
export const DOWN: Rgb = [213, 94, 0];
export const MOT: Rgb = [230, 159, 0];
export const SEVERITY: Record<string, Rgb> = { high: [213, 94, 0], medium: [230, 159, 0], low: [122, 135, 153] };

// A4 landscape, in millimetres.
export const PAGE_W = 297;
export const PAGE_H = 210;
export const MARGIN = 12;
export const CONTENT_W = PAGE_W - 2 * MARGIN;
export const FOOTER_Y = PAGE_H - 7;
export const BOTTOM = PAGE_H - 14;

export function setColor(pdf: jsPDF, [r, g, b]: Rgb) {
  pdf.setTextColor(r, g, b);
}

export function periodLine({ insights, t }: PdfInput): string {
  return insights.baseline
    ? t('report.subtitle', { period: insights.period ?? '–', baseline: insights.baseline })
    : t('report.subtitleNoBaseline', { period: insights.period ?? '–' });
}

/** A small filled triangle pointing up or down, the PDF's ▲ and ▼. */
export function arrow(pdf: jsPDF, x: number, baseline: number, size: number, direction: 'up' | 'down', color: Rgb) {
  pdf.setFillColor(...color);
  const top = baseline - size * 0.95;
  if (direction === 'up') pdf.triangle(x, baseline, x + size, baseline, x + size / 2, top, 'F');
  else pdf.triangle(x, top, x + size, top, x + size / 2, baseline, 'F');
}

/** A delta with its arrow, coloured; returns the width drawn. */
export function delta(pdf: jsPDF, value: number | null, x: number, baseline: number, fontSize: number, language: Language, align: 'left' | 'right' = 'left'): number {
  const direction = deltaDirection(value);
  pdf.setFontSize(fontSize);
  if (direction === 'none') {
    setColor(pdf, MUTED);
    pdf.text('–', x, baseline, { align });
    return pdf.getTextWidth('–');
  }
  const text = pdfText(formatNumber(value, language, { sign: true }));
  const color = direction === 'up' ? UP : direction === 'down' ? DOWN : MUTED;
  const size = fontSize * 0.22;
  const width = pdf.getTextWidth(text) + (direction === 'flat' ? 0 : size + 1.2);
  const start = align === 'right' ? x - width : x;
  if (direction === 'up' || direction === 'down') arrow(pdf, start, baseline, size, direction, color);
  setColor(pdf, color);
  pdf.text(text, start + (direction === 'flat' ? 0 : size + 1.2), baseline);
  return width;
}

export function sectionTitle(pdf: jsPDF, text: string, y: number, x = MARGIN): number {
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(12);
  setColor(pdf, INK);
  pdf.text(pdfText(text), x, y);
  pdf.setFont('helvetica', 'normal');
  return y + 2;
}

/** Shortens a text with … to fit `width` at the current font size. */
export function truncate(pdf: jsPDF, text: string, width: number): string {
  const clean = pdfText(text);
  if (pdf.getTextWidth(clean) <= width) return clean;
  let cut = clean;
  while (cut.length > 1 && pdf.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

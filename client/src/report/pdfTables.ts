import type { jsPDF } from 'jspdf';
import { formatNumber } from '../measurements/formatNumber.js';
import { whiteSpotKindLabel, whiteSpotText } from '../measurements/whiteSpotText.js';
import {
  BOTTOM,
  CONTENT_W,
  INK,
  LINE,
  MARGIN,
  MOT,
  MUTED,
  DOWN,
  SEVERITY,
  SOFT,
  delta,
  sectionTitle,
  setColor,
  truncate,
  type PdfInput,
} from './pdfDraw.js';
import { pdfText } from './pdfText.js';
import type { ReportRow } from './reportRows.js';

// The report PDF's long parts, which run over as many pages as they need.

type ColumnId = 'number' | 'phase' | 'touchpoint' | 'importance' | 'mot' | 'csi' | 'baseline' | 'delta' | 'n';
interface Column {
  id: ColumnId;
  label: string;
  width: number;
  align: 'left' | 'right' | 'center';
  cell: (row: ReportRow) => string;
}

export function table(pdf: jsPDF, input: PdfInput, top: number): number {
  const { t, language, insights } = input;
  const columns: Column[] = [
    { id: 'number', label: t('report.col.number'), width: 9, align: 'right', cell: (r) => String(r.number) },
    { id: 'phase', label: t('report.col.phase'), width: 42, align: 'left', cell: (r) => r.phase },
    { id: 'touchpoint', label: t('report.col.touchpoint'), width: 92, align: 'left', cell: (r) => r.touchpoint },
    { id: 'importance', label: t('report.col.importance'), width: 22, align: 'right', cell: (r) => String(r.importance) },
    { id: 'mot', label: t('report.col.mot'), width: 14, align: 'center', cell: (r) => (r.momentOfTruth ? t('report.yes') : '') },
    {
      id: 'csi',
      label: insights.period ? t('report.col.csiIn', { period: insights.period }) : t('report.col.csi'),
      width: 25,
      align: 'right',
      cell: (r) => formatNumber(r.csi, language),
    },
    {
      id: 'baseline',
      label: insights.baseline ? t('report.col.csiIn', { period: insights.baseline }) : t('report.col.baseline'),
      width: 25,
      align: 'right',
      cell: (r) => formatNumber(r.baselineCsi, language),
    },
    { id: 'delta', label: t('report.col.delta'), width: 22, align: 'right', cell: () => '' },
    { id: 'n', label: t('report.col.n'), width: 22, align: 'right', cell: (r) => formatNumber(r.n, language, { decimals: 0 }) },
  ];
  const scale = CONTENT_W / columns.reduce((sum, c) => sum + c.width, 0);
  for (const c of columns) c.width *= scale;
  const rowH = 6.4;
  const xOf = (index: number) => MARGIN + columns.slice(0, index).reduce((sum, c) => sum + c.width, 0);
  const textX = (index: number) => {
    const c = columns[index]!;
    return c.align === 'right' ? xOf(index) + c.width - 2 : c.align === 'center' ? xOf(index) + c.width / 2 : xOf(index) + 2;
  };

  const head = (y: number) => {
    pdf.setFillColor(...INK);
    pdf.rect(MARGIN, y, CONTENT_W, rowH + 0.6, 'F');
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(8.5);
    pdf.setTextColor(255, 255, 255);
    columns.forEach((c, i) => pdf.text(pdfText(truncate(pdf, c.label, c.width - 3)), textX(i), y + 4.5, { align: c.align }));
    pdf.setFont('helvetica', 'normal');
    return y + rowH + 0.6;
  };

  let y = head(top);
  input.rows.forEach((row, index) => {
    if (y + rowH > BOTTOM) {
      pdf.addPage();
      y = head(MARGIN);
    }
    if (index % 2 === 1) {
      pdf.setFillColor(...SOFT);
      pdf.rect(MARGIN, y, CONTENT_W, rowH, 'F');
    }
    pdf.setDrawColor(...LINE);
    pdf.line(MARGIN, y + rowH, MARGIN + CONTENT_W, y + rowH);
    pdf.setFontSize(8.5);
    columns.forEach((c, i) => {
      const baseline = y + 4.3;
      if (c.id === 'delta') {
        delta(pdf, row.delta, textX(i), baseline, 8.5, language, 'right');
        return;
      }
      const below = c.id === 'csi' && row.csi !== null && row.csi < insights.settings.csiTarget;
      const quiet = c.id === 'number' || c.id === 'baseline' || c.id === 'n';
      setColor(pdf, quiet ? MUTED : below ? DOWN : c.id === 'mot' ? MOT : INK);
      pdf.setFont('helvetica', c.id === 'csi' || c.id === 'mot' ? 'bold' : 'normal');
      pdf.text(pdfText(truncate(pdf, c.cell(row), c.width - 3)), textX(i), baseline, { align: c.align });
    });
    pdf.setFont('helvetica', 'normal');
    y += rowH;
  });
  pdf.setFontSize(8);
  setColor(pdf, MUTED);
  pdf.text(pdfText(t('report.pdfTableNote', { target: formatNumber(insights.settings.csiTarget, language) })), MARGIN, y + 4.5);
  return y + 6;
}

export function whiteSpots(pdf: jsPDF, input: PdfInput, top: number) {
  const { insights, t, language } = input;
  let y = top;
  const ensure = (needed: number) => {
    if (y + needed > BOTTOM) {
      pdf.addPage();
      y = MARGIN + 4;
    }
  };
  ensure(20);
  y = sectionTitle(pdf, t('report.whiteSpotList'), y) + 3;
  if (insights.whiteSpots.length === 0) {
    pdf.setFontSize(9);
    setColor(pdf, MUTED);
    pdf.text(pdfText(t('report.noWhiteSpots')), MARGIN, y + 2);
    return;
  }
  for (const severity of ['high', 'medium', 'low'] as const) {
    const spots = insights.whiteSpots.filter((spot) => spot.severity === severity);
    if (spots.length === 0) continue;
    ensure(14);
    pdf.setFillColor(...SEVERITY[severity]!);
    pdf.roundedRect(MARGIN, y - 3.6, 2.2, 4.6, 0.6, 0.6, 'F');
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(10);
    setColor(pdf, INK);
    pdf.text(pdfText(`${t(`report.severity.${severity}`)} (${spots.length})`), MARGIN + 4, y);
    y += 5.5;
    for (const spot of spots) {
      pdf.setFont('helvetica', 'bold');
      pdf.setFontSize(8.5);
      const kind = pdfText(whiteSpotKindLabel(spot.kind, t));
      pdf.setFont('helvetica', 'normal');
      const lines = pdf.splitTextToSize(pdfText(whiteSpotText(spot, t, language)), CONTENT_W - 62) as string[];
      ensure(lines.length * 3.9 + 1.5);
      pdf.setFont('helvetica', 'bold');
      setColor(pdf, SEVERITY[severity]!);
      pdf.text(kind, MARGIN + 4, y);
      pdf.setFont('helvetica', 'normal');
      setColor(pdf, INK);
      pdf.text(lines, MARGIN + 62, y);
      y += lines.length * 3.9 + 1.5;
    }
    y += 3;
  }
}

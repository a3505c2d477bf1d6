import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { pdfCharts } from './pdfCharts.js';
import {
  BOTTOM,
  CONTENT_W,
  FOOTER_Y,
  INK,
  LINE,
  MARGIN,
  MOT,
  MUTED,
  PAGE_W,
  SOFT,
  UP,
  delta,
  periodLine,
  sectionTitle,
  setColor,
  truncate,
  type PdfInput,
  type Rgb,
} from './pdfDraw.js';
import { table, whiteSpots } from './pdfTables.js';
import { pdfText } from './pdfText.js';
import { biggestMovers } from './reportRows.js';

export type { PdfInput } from './pdfDraw.js';

/**
 * The customer barometer as a PDF (A4 landscape): title, period against baseline, the summary
 * numbers, the priority matrix and the white-spot chart as vectors, the movers, the touchpoint
 * table over as many pages as it needs, and the white spots.
 */
export async function reportPdf(input: PdfInput): Promise<Blob> {
  const { t, map } = input;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  const title = map.title.trim() || t('map.untitled');
  pdf.setProperties({ title: pdfText(`${t('report.title')}: ${title}`), creator: 'Waymark', subject: pdfText(periodLine(input)) });
  pdf.setFont('helvetica', 'normal');

  let y = header(pdf, input, title);
  y = summary(pdf, input, y + 4);
  await charts(pdf, input, y + 6);

  pdf.addPage();
  y = sectionTitle(pdf, t('report.table'), MARGIN + 4);
  y = table(pdf, input, y + 2);
  whiteSpots(pdf, input, y + 8);

  const pages = pdf.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    pdf.setPage(page);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(8);
    setColor(pdf, MUTED);
    pdf.text(pdfText(`Waymark · ${t('report.title')} · ${title}`), MARGIN, FOOTER_Y);
    pdf.text(pdfText(t('report.pdfPage', { page, pages })), PAGE_W - MARGIN, FOOTER_Y, { align: 'right' });
  }
  return pdf.output('blob');
}

function header(pdf: jsPDF, input: PdfInput, title: string): number {
  const { t, language, insights, createdAt } = input;
  pdf.setFillColor(...UP);
  pdf.rect(MARGIN, MARGIN, 4, 14, 'F');
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(9);
  setColor(pdf, MUTED);
  pdf.text(pdfText(t('report.title').toUpperCase()), MARGIN + 7, MARGIN + 4);
  pdf.setFontSize(19);
  setColor(pdf, INK);
  pdf.text(pdfText(truncate(pdf, title, CONTENT_W - 70)), MARGIN + 7, MARGIN + 12.5);
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(10);
  setColor(pdf, MUTED);
  const date = createdAt.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' });
  pdf.text(pdfText(t('report.generated', { date })), PAGE_W - MARGIN, MARGIN + 4, { align: 'right' });
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(12);
  setColor(pdf, INK);
  pdf.text(pdfText(periodLine(input)), PAGE_W - MARGIN, MARGIN + 12.5, { align: 'right' });
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(9);
  setColor(pdf, MUTED);
  pdf.text(
    pdfText(
      t('report.meta', {
        target: formatNumber(insights.settings.csiTarget, language),
        threshold: formatNumber(insights.settings.declineThreshold, language),
      }),
    ),
    MARGIN + 7,
    MARGIN + 18.5,
  );
  return MARGIN + 21;
}

function summary(pdf: jsPDF, input: PdfInput, top: number): number {
  const { insights, t, language } = input;
  const { summary: s, settings } = insights;
  const measured = insights.touchpoints.filter((tp) => tp.csi !== null);
  const onTarget = measured.filter((tp) => tp.csi! >= settings.csiTarget).length;
  const boxes: { label: string; value: string; detail: string; delta?: boolean }[] = [
    {
      label: t('report.weightedCsi'),
      value: formatNumber(s.weightedCsi, language),
      detail: insights.baseline
        ? t('report.inBaseline', { baseline: insights.baseline, value: formatNumber(s.baselineWeightedCsi, language) })
        : t('report.noBaselineValue'),
      delta: true,
    },
    { label: t('report.measured'), value: t('report.ofTotal', { part: s.measured, total: s.touchpoints }), detail: '' },
    {
      label: t('report.onTarget', { target: formatNumber(settings.csiTarget, language) }),
      value: t('report.ofTotal', { part: onTarget, total: measured.length }),
      detail: '',
    },
    { label: t('report.whiteSpots'), value: String(insights.whiteSpots.length), detail: whiteSpotSeverityLine(input) },
  ];
  const gap = 4;
  const widths = [CONTENT_W * 0.34, 0, 0, 0];
  const rest = (CONTENT_W - widths[0]! - gap * 3) / 3;
  const height = 25;
  let x = MARGIN;
  boxes.forEach((box, index) => {
    const w = index === 0 ? widths[0]! : rest;
    pdf.setDrawColor(...LINE);
    pdf.setFillColor(...(index === 0 ? ([232, 238, 252] as Rgb) : SOFT));
    pdf.roundedRect(x, top, w, height, 2, 2, 'FD');
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(8.5);
    setColor(pdf, MUTED);
    pdf.text(pdfText(box.label.toUpperCase()), x + 4, top + 6);
    pdf.setFontSize(index === 0 ? 24 : 17);
    setColor(pdf, INK);
    const value = pdfText(box.value);
    pdf.text(value, x + 4, top + 16.5);
    if (box.delta) delta(pdf, s.delta, x + 8 + pdf.getTextWidth(value), top + 16.5, 15, language);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(8.5);
    setColor(pdf, MUTED);
    if (box.detail) pdf.text(pdfText(truncate(pdf, box.detail, w - 8)), x + 4, top + 22);
    x += w + gap;
  });
  return top + height;
}

function whiteSpotSeverityLine({ insights, t }: PdfInput): string {
  const count = (severity: string) => insights.whiteSpots.filter((spot) => spot.severity === severity).length;
  return (['high', 'medium', 'low'] as const).map((severity) => `${t(`report.severity.${severity}`)} ${count(severity)}`).join(' · ');
}

/** Copies a chart's SVG into the PDF at (x, y), `width` wide (the height follows its aspect ratio). */
async function chart(pdf: jsPDF, svg: SVGSVGElement, x: number, y: number, width: number): Promise<number> {
  const box = svg.viewBox.baseVal;
  const height = box && box.width > 0 ? (width * box.height) / box.width : width / 2;
  svg.setAttribute('font-family', 'helvetica');
  for (const element of svg.querySelectorAll('*')) {
    // The standard fonts come in normal and bold only; 600 and such would fall back to Times.
    const weight = element.getAttribute('font-weight') ?? (element as SVGElement).style?.fontWeight;
    if (weight) element.setAttribute('font-weight', Number(weight) >= 600 || weight === 'bold' ? 'bold' : 'normal');
    if ((element as SVGElement).style?.fontWeight) (element as SVGElement).style.fontWeight = '';
    // Only Windows-1252 reaches the PDF's standard fonts; anything else would print as garbage.
    if ((element.tagName === 'text' || element.tagName === 'tspan') && element.children.length === 0 && element.textContent) {
      element.textContent = pdfText(element.textContent);
    }
  }
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-20000px;top:0;';
  holder.append(svg);
  document.body.append(holder);
  try {
    await svg2pdf(svg, pdf, { x, y, width, height });
  } finally {
    holder.remove();
  }
  return height;
}

async function charts(pdf: jsPDF, input: PdfInput, top: number) {
  const { t, insights, language } = input;
  const svgs = await pdfCharts(insights, t, language);
  const leftW = CONTENT_W * 0.62;
  const rightX = MARGIN + leftW + 8;
  const rightW = CONTENT_W - leftW - 8;

  sectionTitle(pdf, t('matrix.title'), top);
  if (svgs.matrix) {
    const height = await chart(pdf, svgs.matrix, MARGIN, top + 3, leftW);
    legend(pdf, input, MARGIN + 12, top + 3 + height + 4);
  }

  let y = sectionTitle(pdf, t('report.whiteSpots'), top, rightX);
  if (svgs.whiteSpots) y += (await chart(pdf, svgs.whiteSpots, rightX, y + 2, rightW)) + 8;
  movers(pdf, input, rightX, y + 2, rightW);
}

function legend(pdf: jsPDF, { t, insights, language }: PdfInput, x: number, y: number) {
  pdf.setFontSize(8.5);
  setColor(pdf, MUTED);
  pdf.setFillColor(...UP);
  pdf.circle(x + 1.5, y - 1, 1.5, 'F');
  pdf.text(pdfText(t('matrix.legendTouchpoint')), x + 4.5, y);
  let cursor = x + 8 + pdf.getTextWidth(pdfText(t('matrix.legendTouchpoint')));
  pdf.setFillColor(...MOT);
  pdf.setDrawColor(...INK);
  pdf.lines([[1.8, 1.8], [-1.8, 1.8], [-1.8, -1.8], [1.8, -1.8]], cursor + 1.8, y - 2.8, [1, 1], 'FD', true);
  pdf.text(pdfText(t('matrix.legendMoment')), cursor + 5, y);
  cursor += 9 + pdf.getTextWidth(pdfText(t('matrix.legendMoment')));
  pdf.text(pdfText(`${t('matrix.legendTarget')}: ${formatNumber(insights.settings.csiTarget, language)}`), cursor, y);
  const unplotted = insights.touchpoints.filter((tp) => tp.csi === null).length;
  if (unplotted > 0) pdf.text(pdfText(t('matrix.unplotted', { count: unplotted })), x, y + 4.5);
}

function movers(pdf: jsPDF, input: PdfInput, x: number, top: number, width: number) {
  const { insights, t, language } = input;
  if (!insights.baseline) return;
  const { up, down } = biggestMovers(insights.touchpoints, 5);
  let y = top;
  for (const [label, list] of [
    [t('report.moversUp'), up],
    [t('report.moversDown'), down],
  ] as const) {
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(9.5);
    setColor(pdf, INK);
    pdf.text(pdfText(label), x, y);
    y += 4.6;
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(8.5);
    if (list.length === 0) {
      setColor(pdf, MUTED);
      pdf.text(pdfText(label === t('report.moversUp') ? t('report.moversNoneUp') : t('report.moversNoneDown')), x, y);
      y += 4.4;
    }
    for (const tp of list) {
      if (y > BOTTOM - 2) return;
      setColor(pdf, INK);
      pdf.setFontSize(8.5);
      pdf.text(pdfText(truncate(pdf, tp.title, width - 42)), x, y);
      setColor(pdf, MUTED);
      pdf.text(pdfText(`${formatNumber(tp.baselineCsi, language)} -> ${formatNumber(tp.csi, language)}`), x + width - 17, y, { align: 'right' });
      delta(pdf, tp.delta, x + width, y, 8.5, language, 'right');
      y += 4.4;
    }
    y += 2.5;
  }
}

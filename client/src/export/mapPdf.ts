import { jsPDF } from 'jspdf';
import type { Insights, MapDocument } from '../../../shared/src/index.js';
import type { Language, Translate } from '../i18n/translate.js';
import { BOTTOM, FOOTER_Y, INK, LINE, MARGIN, MUTED, PAGE_W, UP, setColor, truncate } from '../report/pdfDraw.js';
import { pdfText } from '../report/pdfText.js';
import { mapLegend } from './pdfLegend.js';
import { pageGrid, pageTiles, phasesIn, pixelRatioFor, type PageGrid, type PageTile } from './pagePlan.js';
import { cutsOf, drawParts, loadPicture, type MapPicture } from './renderMap.js';

/** Millimetres per canvas pixel: 100 % on screen (96 px to the inch) is the largest worth printing. */
const MAX_SCALE = 25.4 / 96;
/** The smallest scale at which 13 px card text still prints at about 5.5 pt. */
const MIN_SCALE = 0.15;
/** Print resolution of the map image; JPEG quality. */
const DPI = 220;
const JPEG_QUALITY = 0.9;
const HEADER_BOTTOM = MARGIN + 15;
const AREA_TOP = HEADER_BOTTOM + 3;
const CONTENT_W = PAGE_W - 2 * MARGIN;
/** The canvas background, behind the map. */
const BOARD = '#eef1f5';

export interface MapPdfInput {
  picture: MapPicture;
  map: Pick<MapDocument, 'title' | 'personas' | 'phases' | 'touchpoints'>;
  /** The insights of the CSI overlay while it is on (its colours are in the picture). */
  overlay: Insights | null;
  t: Translate;
  language: Language;
  createdAt: Date;
  /** Called before each page is drawn, with the page (1-based) and the page count. */
  onPage?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

/**
 * The journey map as a PDF for a board: A4 landscape, the title and date on every page, the map
 * as large as it stays readable, over as many pages as it needs (columns of phases, the lane
 * names repeated), a legend at the foot and "Page 2 of 3".
 */
export async function mapPdf(input: MapPdfInput): Promise<{ blob: Blob; pages: number }> {
  const { picture, t, language, createdAt } = input;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  const title = input.map.title.trim() || t('map.untitled');
  pdf.setProperties({ title: pdfText(title), subject: pdfText(t('export.pdfKicker')), creator: 'Waymark' });

  const legend = await mapLegend(
    pdf,
    { map: input.map, shownPersonaIds: picture.shownPersonaIds, overlay: input.overlay, t, language },
    CONTENT_W,
  );
  const legendTop = legend ? BOTTOM - legend.height : BOTTOM;
  const area = { width: CONTENT_W, height: legendTop - 4 - AREA_TOP };
  const { xCuts, yCuts } = cutsOf(picture);
  const grid = pageGrid({
    width: picture.width,
    height: picture.height,
    area,
    minScale: MIN_SCALE,
    maxScale: MAX_SCALE,
    frozenLeft: picture.laneNamesRight,
    frozenTop: picture.phaseNamesBottom,
    xCuts,
    yCuts,
    yGaps: picture.cardGaps,
  });
  const tiles = pageTiles(grid);
  const image = await loadPicture(picture);
  const date = createdAt.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' });
  // A map over several pages starts with all of it on one: the shape of the journey at a glance,
  // sharp enough to zoom into on screen.
  const pages: (PageTile | 'overview')[] = tiles.length > 1 ? ['overview', ...tiles] : tiles;

  for (const [index, page] of pages.entries()) {
    if (input.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    input.onPage?.(index + 1, pages.length);
    // Lets the progress show before the page's work blocks the tab for a moment.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (index > 0) pdf.addPage();
    const created = t('report.generated', { date });
    if (page === 'overview') {
      header(pdf, title, created, subtitle(input, t('export.pdfOverview')));
      overviewImage(pdf, image, picture, area);
    } else {
      header(pdf, title, created, subtitle(input, ...tileParts(input, grid, page)));
      mapImage(pdf, image, grid, page, area);
    }
    if (legend) await legend.draw(pdf, MARGIN, legendTop);
    footer(pdf, t, title, index + 1, pages.length);
  }
  return { blob: pdf.output('blob'), pages: pages.length };
}

function header(pdf: jsPDF, title: string, created: string, detail: string) {
  pdf.setFillColor(...UP);
  pdf.rect(MARGIN, MARGIN, 1.6, 12, 'F');
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(9);
  setColor(pdf, MUTED);
  pdf.text(pdfText(created), PAGE_W - MARGIN, MARGIN + 3.5, { align: 'right' });
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(17);
  setColor(pdf, INK);
  pdf.text(truncate(pdf, title, CONTENT_W - 90), MARGIN + 4.5, MARGIN + 7);
  if (detail) {
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(10);
    setColor(pdf, MUTED);
    pdf.text(truncate(pdf, detail, CONTENT_W - 10), MARGIN + 4.5, MARGIN + 12.5);
  }
}

/** Which phases and which part of the lanes a page shows. */
function tileParts({ picture, t }: MapPdfInput, grid: PageGrid, tile: PageTile): string[] {
  const parts: string[] = [];
  if (grid.columns.length > 1) {
    const range = phasesIn(grid.columns[tile.column]!, picture.phases);
    if (range) {
      const values = { first: range.first + 1, last: range.last + 1, count: picture.phases.length };
      parts.push(range.first === range.last ? t('export.pdfPhase', values) : t('export.pdfPhases', values));
    }
  }
  if (grid.rows.length > 1) parts.push(t('export.pdfLanesPart', { part: tile.row + 1, parts: grid.rows.length }));
  return parts;
}

/** The line under the title: what the page shows, and the CSI period of the overlay. */
function subtitle({ overlay, t }: MapPdfInput, ...shows: string[]): string {
  const parts = [t('export.pdfKicker'), ...shows];
  if (overlay?.period) {
    const period = overlay.baseline ? t('overlay.periodVs', { period: overlay.period, baseline: overlay.baseline }) : overlay.period;
    parts.push(t('export.pdfCsi', { period }));
  }
  return parts.join('  ·  ');
}

/** Resolution of the overview: the map's own pixels and a half, enough to read it zoomed in. */
const OVERVIEW_RATIO = 1.5;

function overviewImage(pdf: jsPDF, image: HTMLImageElement, picture: MapPicture, area: { width: number; height: number }) {
  const scale = Math.min(area.width / picture.width, area.height / picture.height);
  const whole = { xs: [{ start: 0, end: picture.width }], ys: [{ start: 0, end: picture.height }], width: picture.width, height: picture.height };
  const canvas = drawParts(image, whole, Math.min(OVERVIEW_RATIO, pixelRatioFor(picture.width, picture.height, OVERVIEW_RATIO)), BOARD);
  const width = picture.width * scale;
  const height = picture.height * scale;
  const x = MARGIN + (area.width - width) / 2;
  pdf.addImage(canvas.toDataURL('image/jpeg', JPEG_QUALITY), 'JPEG', x, AREA_TOP, width, height, undefined, 'FAST');
  release(canvas);
  pdf.setDrawColor(...LINE);
  pdf.setLineWidth(0.2);
  pdf.rect(x, AREA_TOP, width, height, 'S');
}

/** Frees a canvas's pixels at once rather than whenever the garbage collector runs. */
function release(canvas: HTMLCanvasElement) {
  canvas.width = 0;
  canvas.height = 0;
}

function mapImage(pdf: jsPDF, image: HTMLImageElement, grid: PageGrid, tile: PageTile, area: { width: number; height: number }) {
  const ratio = Math.max(1, Math.min(3, (grid.scale * DPI) / 25.4, pixelRatioFor(tile.width, tile.height, 3)));
  const canvas = drawParts(image, tile, ratio, BOARD);
  const width = tile.width * grid.scale;
  const height = tile.height * grid.scale;
  // A map on one page sits in the middle; pages of a larger one line up on the left.
  const x = MARGIN + (grid.columns.length === 1 ? (area.width - width) / 2 : 0);
  pdf.addImage(canvas.toDataURL('image/jpeg', JPEG_QUALITY), 'JPEG', x, AREA_TOP, width, height, undefined, 'FAST');
  release(canvas);
  pdf.setDrawColor(...LINE);
  pdf.setLineWidth(0.2);
  pdf.rect(x, AREA_TOP, width, height, 'S');
  // The lane and phase names repeated from an earlier page are set off by a dashed line.
  pdf.setLineDashPattern([1, 1], 0);
  pdf.setDrawColor(...MUTED);
  if (tile.xs.length > 1) {
    const edge = x + (tile.xs[0]!.end - tile.xs[0]!.start) * grid.scale;
    pdf.line(edge, AREA_TOP, edge, AREA_TOP + height);
  }
  if (tile.ys.length > 1) {
    const edge = AREA_TOP + (tile.ys[0]!.end - tile.ys[0]!.start) * grid.scale;
    pdf.line(x, edge, x + width, edge);
  }
  pdf.setLineDashPattern([], 0);
}

function footer(pdf: jsPDF, t: Translate, title: string, page: number, pages: number) {
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(8);
  setColor(pdf, MUTED);
  pdf.text(truncate(pdf, `Waymark · ${title}`, CONTENT_W - 40), MARGIN, FOOTER_Y);
  pdf.text(pdfText(t('report.pdfPage', { page, pages })), PAGE_W - MARGIN, FOOTER_Y, { align: 'right' });
}

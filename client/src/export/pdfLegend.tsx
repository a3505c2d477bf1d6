import type { jsPDF } from 'jspdf';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { svg2pdf } from 'svg2pdf.js';
import { CHANNELS, type Channel, type Insights, type MapDocument } from '../../../shared/src/index.js';
import { personaColor } from '../canvas/emotionCurve.js';
import { EMOTION_LEVELS, emotionWordKey, formatEmotion } from '../canvas/emotionScale.js';
import type { Language, Translate } from '../i18n/translate.js';
import { csiColor, legendRange } from '../insights/csiScale.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { INK, LINE, MUTED, setColor, type Rgb } from '../report/pdfDraw.js';
import { pdfText } from '../report/pdfText.js';
import { ChannelIcon } from '../ui/ChannelIcon.js';

// The legend at the foot of every page of the map PDF: the emotion curves and their scale, the
// channel icons, and the CSI colours when the overlay is on. Laid out once, drawn on each page.

const ROW = 6;
const LABEL_W = 24;
const FONT = 7.5;
const DANGER: Rgb = [192, 39, 28];

export interface LegendInput {
  map: Pick<MapDocument, 'personas' | 'touchpoints'>;
  /** Personas whose curve the picture shows, in the map's order. */
  shownPersonaIds: readonly string[];
  /** The insights of the CSI overlay, when it is on. */
  overlay: Insights | null;
  t: Translate;
  language: Language;
}

type Draw = (pdf: jsPDF, x: number, baseline: number) => Promise<void> | void;
interface Placed {
  x: number;
  row: number;
  draw: Draw;
}

/** The legend laid out for a width: its height, and how to draw it with its top at `top`. */
export interface Legend {
  height: number;
  draw: (pdf: jsPDF, left: number, top: number) => Promise<void>;
}

function hexRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** Lays items out in rows after a label, wrapping where a row is full. */
class Rows {
  items: Placed[] = [];
  row = -1;
  private x = 0;
  constructor(
    private readonly pdf: jsPDF,
    private readonly width: number,
  ) {}

  start(label: string) {
    this.row += 1;
    this.x = LABEL_W;
    this.items.push({ x: 0, row: this.row, draw: (pdf, x, y) => text(pdf, label, x, y, true) });
  }

  /** An item `width` millimetres wide (a gap follows it). */
  add(width: number, draw: Draw) {
    if (this.x + width > this.width && this.x > LABEL_W) {
      this.row += 1;
      this.x = LABEL_W;
    }
    this.items.push({ x: this.x, row: this.row, draw });
    this.x += width + 4;
  }

  textWidth(value: string): number {
    this.pdf.setFontSize(FONT);
    return this.pdf.getTextWidth(pdfText(value));
  }
}

function text(pdf: jsPDF, value: string, x: number, baseline: number, bold = false, color: Rgb = bold ? INK : MUTED) {
  pdf.setFont('helvetica', bold ? 'bold' : 'normal');
  pdf.setFontSize(FONT);
  setColor(pdf, color);
  pdf.text(pdfText(value), x, baseline);
}

/** Lays the legend out for `width` millimetres; null when there is nothing to explain. */
export async function mapLegend(pdf: jsPDF, input: LegendInput, width: number): Promise<Legend | null> {
  const rows = new Rows(pdf, width);
  emotionRow(rows, input);
  await channelRow(rows, input);
  csiRow(rows, input);
  if (rows.items.length === 0) return null;
  const height = (rows.row + 1) * ROW;
  return {
    height,
    draw: async (target, left, top) => {
      target.setDrawColor(...LINE);
      target.setLineWidth(0.2);
      target.line(left, top - 1.5, left + width, top - 1.5);
      for (const item of rows.items) await item.draw(target, left + item.x, top + item.row * ROW + 4);
    },
  };
}

function emotionRow(rows: Rows, { map, shownPersonaIds, t }: LegendInput) {
  const shown = map.personas.map((persona, index) => ({ persona, index })).filter(({ persona }) => shownPersonaIds.includes(persona.id));
  if (shown.length === 0) return;
  rows.start(t('export.legendEmotion'));
  for (const { persona, index } of shown) {
    const name = persona.name.trim() === '' ? t('persona.unnamed') : persona.name;
    const color = hexRgb(personaColor(persona, index));
    rows.add(8 + rows.textWidth(name), (pdf, x, y) => {
      pdf.setDrawColor(...color);
      pdf.setLineWidth(1.1);
      pdf.setLineCap('round');
      pdf.line(x + 0.6, y - 1.1, x + 5.4, y - 1.1);
      pdf.setLineCap('butt');
      text(pdf, name, x + 7, y, false, INK);
    });
  }
  const scale = EMOTION_LEVELS.map((level) => `${formatEmotion(level)} ${t(emotionWordKey(level))}`).join('  ·  ');
  rows.add(rows.textWidth(scale), (pdf, x, y) => text(pdf, scale, x, y));
  const dip = t('emotion.dipShort');
  rows.add(6 + rows.textWidth(dip), (pdf, x, y) => {
    pdf.setDrawColor(...DANGER);
    pdf.setFillColor(249, 222, 220);
    pdf.setLineWidth(0.35);
    pdf.circle(x + 2, y - 1.1, 1.9, 'FD');
    pdf.setDrawColor(91, 102, 117);
    pdf.setFillColor(255, 255, 255);
    pdf.setLineWidth(0.4);
    pdf.circle(x + 2, y - 1.1, 0.9, 'FD');
    text(pdf, dip, x + 5, y);
  });
}

async function channelRow(rows: Rows, { map, t }: LegendInput) {
  const used = CHANNELS.filter((channel) => map.touchpoints.some((tp) => tp.channel === channel));
  if (used.length === 0) return;
  const icons = await channelIcons(used);
  rows.start(t('export.legendChannels'));
  for (const channel of used) {
    const name = t(`channel.${channel}`);
    rows.add(5 + rows.textWidth(name), async (pdf, x, y) => {
      const icon = icons.get(channel);
      if (icon) await drawSvg(pdf, icon, x, y - 3.1, 3.6);
      text(pdf, name, x + 4.6, y, false, INK);
    });
  }
}

function csiRow(rows: Rows, { overlay, t, language }: LegendInput) {
  if (!overlay || overlay.period === null) return;
  const target = overlay.settings.csiTarget;
  const { low, high } = legendRange(target);
  const period = overlay.baseline === null ? overlay.period : t('overlay.periodVs', { period: overlay.period, baseline: overlay.baseline });
  rows.start(t('overlay.legendTitle'));
  const lowText = `<= ${formatNumber(low, language)}`;
  const highText = `>= ${formatNumber(high, language)}`;
  const barW = 42;
  rows.add(rows.textWidth(period), (pdf, x, y) => text(pdf, period, x, y, false, INK));
  rows.add(rows.textWidth(lowText) + barW + rows.textWidth(highText) + 4, (pdf, x, y) => {
    text(pdf, lowText, x, y);
    const barX = x + rows.textWidth(lowText) + 1.5;
    const steps = 60;
    for (let i = 0; i < steps; i++) {
      const csi = low + ((high - low) * (i + 0.5)) / steps;
      pdf.setFillColor(...hexRgb(csiColor(csi, target)));
      pdf.rect(barX + (barW * i) / steps, y - 2.6, barW / steps + 0.05, 2.4, 'F');
    }
    const targetX = barX + (barW * (target - low)) / (high - low);
    pdf.setDrawColor(...INK);
    pdf.setLineWidth(0.4);
    pdf.line(targetX, y - 3.2, targetX, y + 0.4);
    text(pdf, highText, barX + barW + 1.5, y);
  });
  const targetText = t('overlay.target', { target: formatNumber(target, language) });
  rows.add(rows.textWidth(targetText), (pdf, x, y) => text(pdf, targetText, x, y));
  const none = t('overlay.noData');
  rows.add(4.5 + rows.textWidth(none), (pdf, x, y) => {
    pdf.setFillColor(255, 255, 255);
    pdf.setDrawColor(...MUTED);
    pdf.setLineWidth(0.25);
    pdf.setLineDashPattern([0.6, 0.5], 0);
    pdf.roundedRect(x, y - 2.6, 3.2, 2.4, 0.5, 0.5, 'FD');
    pdf.setLineDashPattern([], 0);
    text(pdf, none, x + 4.5, y);
  });
  const weighted = overlay.summary.weightedCsi;
  if (weighted !== null) {
    const journey = `${t('overlay.journey')}: ${formatNumber(weighted, language)}${
      overlay.baseline !== null && overlay.summary.delta !== null ? ` (${formatNumber(overlay.summary.delta, language, { sign: true })})` : ''
    }`;
    rows.add(rows.textWidth(journey), (pdf, x, y) => text(pdf, journey, x, y, true));
  }
}

/** The channel icons as SVG elements, drawn by the same component as on the cards. */
async function channelIcons(channels: readonly Channel[]): Promise<Map<Channel, SVGSVGElement>> {
  const holder = document.createElement('div');
  const root = createRoot(holder);
  flushSync(() =>
    root.render(
      <>
        {channels.map((channel) => (
          <ChannelIcon key={channel} channel={channel} size={24} />
        ))}
      </>,
    ),
  );
  const icons = new Map<Channel, SVGSVGElement>();
  [...holder.querySelectorAll('svg')].forEach((svg, index) => {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    // svg2pdf does not know the text colour the icon strokes with.
    copy.setAttribute('stroke', '#5b6779');
    icons.set(channels[index]!, copy);
  });
  root.unmount();
  return icons;
}

async function drawSvg(pdf: jsPDF, svg: SVGSVGElement, x: number, y: number, size: number) {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-20000px;top:0;';
  holder.append(copy);
  document.body.append(holder);
  try {
    await svg2pdf(copy, pdf, { x, y, width: size, height: size });
  } finally {
    holder.remove();
  }
}

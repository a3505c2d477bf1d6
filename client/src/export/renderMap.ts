import type { ReactFlowInstance } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import type { JourneyNode } from '../canvas/canvasNodes.js';
import { imageFrame, type ImageFrame, type Span } from './pagePlan.js';

/** Room around the map in every export, in canvas pixels. */
const PADDING = 32;
/** Phases and lanes are this far apart on the canvas: a page ends in the middle of the gap. */
const GAP = 14;

/**
 * What is there only to edit the map: the "add" buttons, the hover tools of phases, lanes and
 * cards, the resize handles, the drop preview. None of it belongs in a picture of the map. (An
 * empty phase's "add" button stays while the CSI overlay marks it as a white spot.)
 */
const EDITING_CHROME = [
  '.react-flow__node-addPhase',
  '.cell-add',
  '.lane-cell__add',
  '.add-expectation',
  '.add-touchpoint:not(.add-touchpoint--white-spot)',
  '.phase-header__tools',
  '.phase-resize',
  '.lane-header__tools',
  '.lane-header__grip',
  '.card-toolbar',
  '.drop-cell',
  '.drop-mark',
  '.drop-line',
].join(', ');

/** The whole map drawn as an SVG image at 100 %, with where its phases and lanes are. */
export interface MapPicture {
  /** An `image/svg+xml` data URL: the map's HTML inside a foreignObject, every style inlined. */
  url: string;
  width: number;
  height: number;
  /** Image x ranges of the phase columns, left to right, and y ranges of the lanes, top to bottom. */
  phases: Span[];
  lanes: Span[];
  /** Image pixels of the lane names (left) and the phase names (top). */
  laneNamesRight: number;
  phaseNamesBottom: number;
  /** Image y positions between cards, where a page may end inside a lane without cutting a card. */
  cardGaps: number[];
  /** Ids of the personas whose emotion curve is drawn. */
  shownPersonaIds: string[];
}

/** What a printed page should not end in the middle of. */
const UNCUTTABLE = [
  '.react-flow__node-touchpoint',
  '.react-flow__node-card',
  '.react-flow__node-emotionLane',
  '.lane-expectation',
  '.lane-expectations__title',
  '.measure-card',
  '.channel-chip',
  '.channel-group',
  '.add-touchpoint--white-spot',
].join(', ');

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Draws every node of the canvas, not just what is in view, as it looks on screen (the CSI
 * overlay, large type and filters included) but without selection outlines and editing tools.
 * The canvas itself does not move: the copy gets its own transform.
 */
export async function renderMap(flow: ReactFlowInstance<JourneyNode>, canvas: HTMLElement): Promise<MapPicture> {
  const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport');
  const nodes = flow.getNodes().filter((node) => node.type !== 'addPhase');
  if (!viewport || nodes.length === 0) throw new Error('nothing to draw');
  const frame = imageFrame(flow.getNodesBounds(nodes), PADDING);
  const background = getComputedStyle(canvas).getPropertyValue('--bg').trim() || '#eef1f5';
  // Selection outlines, hover looks and transitions off for the copy (export.css); two frames
  // let the browser apply that before the styles are read.
  canvas.classList.add('is-exporting');
  try {
    await nextFrame();
    await nextFrame();
    const url = await toSvg(viewport, {
      width: frame.width,
      height: frame.height,
      backgroundColor: background,
      style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
      filter: (node) => !(node instanceof Element && node.matches(EDITING_CHROME)),
    });
    return {
      url,
      width: frame.width,
      height: frame.height,
      ...structure(nodes, frame),
      cardGaps: cardGaps(flow, viewport, frame),
      shownPersonaIds: shownPersonas(viewport),
    };
  } finally {
    canvas.classList.remove('is-exporting');
  }
}

function structure(nodes: JourneyNode[], frame: ImageFrame) {
  const spanX = (node: JourneyNode) => ({ start: node.position.x + frame.offsetX, end: node.position.x + (node.width ?? 0) + frame.offsetX });
  const spanY = (node: JourneyNode) => ({ start: node.position.y + frame.offsetY, end: node.position.y + (node.height ?? 0) + frame.offsetY });
  const phases = nodes.filter((n) => n.type === 'phase').map(spanX).sort((a, b) => a.start - b.start);
  const lanes = nodes.filter((n) => n.type === 'laneHeader').map(spanY).sort((a, b) => a.start - b.start);
  const laneHeaders = nodes.filter((n) => n.type === 'laneHeader').map(spanX);
  const laneNamesRight = laneHeaders.length > 0 ? Math.max(...laneHeaders.map((s) => s.end)) + GAP / 2 : 0;
  const phaseNamesBottom = phases.length > 0 ? Math.max(...nodes.filter((n) => n.type === 'phase').map((n) => spanY(n).end)) + GAP / 2 : 0;
  return { phases, lanes, laneNamesRight, phaseNamesBottom };
}

/** The free rows between everything that should not be cut, in image pixels. */
function cardGaps(flow: ReactFlowInstance<JourneyNode>, viewport: HTMLElement, frame: ImageFrame): number[] {
  const spans = [...viewport.querySelectorAll(UNCUTTABLE)]
    .map((element) => {
      const box = element.getBoundingClientRect();
      const top = flow.screenToFlowPosition({ x: box.left, y: box.top }, { snapToGrid: false }).y + frame.offsetY;
      const bottom = flow.screenToFlowPosition({ x: box.left, y: box.bottom }, { snapToGrid: false }).y + frame.offsetY;
      return { start: top, end: bottom };
    })
    .sort((a, b) => a.start - b.start);
  const gaps: number[] = [];
  let reach = -Infinity;
  for (const span of spans) {
    if (span.start - reach >= 2 && reach > -Infinity) gaps.push((reach + span.start) / 2);
    reach = Math.max(reach, span.end);
  }
  return gaps;
}

function shownPersonas(viewport: HTMLElement): string[] {
  const ids = [...viewport.querySelectorAll('[data-testid="emotion-curve"][data-persona-id]')].map((el) => el.getAttribute('data-persona-id')!);
  return [...new Set(ids)];
}

/** Where a page may end: in the gaps between phases (x) and between lanes (y). */
export function cutsOf(picture: MapPicture): { xCuts: number[]; yCuts: number[] } {
  const between = (spans: Span[]) => spans.map((span, i) => (i + 1 < spans.length ? (span.end + spans[i + 1]!.start) / 2 : span.end + GAP / 2));
  return { xCuts: between(picture.phases), yCuts: between(picture.lanes) };
}

/** The picture decoded as an image, ready to be drawn onto canvases. */
export function loadPicture(picture: MapPicture): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map could not be drawn'));
    image.src = picture.url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image is too large for this browser'))), type, quality);
  });
}

/** The picture as a PNG at `ratio` pixels per canvas pixel. */
export async function pictureToPng(picture: MapPicture, ratio: number): Promise<Blob> {
  const image = await loadPicture(picture);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * ratio);
  canvas.height = Math.round(picture.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the image is too large for this browser');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvasBlob(canvas, 'image/png');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The picture as a standalone SVG file, titled (the title shows in viewers and is found by search). */
export function pictureToSvg(picture: MapPicture, title: string, description: string): Blob {
  const prefix = 'data:image/svg+xml;charset=utf-8,';
  const xml = decodeURIComponent(picture.url.slice(prefix.length));
  const open = xml.indexOf('>') + 1;
  const meta = `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`;
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${xml.slice(0, open)}${meta}${xml.slice(open)}`], { type: 'image/svg+xml' });
}

/** Draws parts of the picture side by side onto a canvas: the parts of one printed page. */
export function drawParts(
  image: HTMLImageElement,
  parts: { xs: Span[]; ys: Span[]; width: number; height: number },
  ratio: number,
  background: string,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(parts.width * ratio);
  canvas.height = Math.round(parts.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the page is too large for this browser');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  let dy = 0;
  for (const y of parts.ys) {
    let dx = 0;
    for (const x of parts.xs) {
      const w = x.end - x.start;
      const h = y.end - y.start;
      context.drawImage(image, x.start, y.start, w, h, dx * ratio, dy * ratio, w * ratio, h * ratio);
      dx += w;
    }
    dy += y.end - y.start;
  }
  return canvas;
}

import { describe, expect, it } from 'vitest';
import automotive from '../templates/automotive.json';
import { emptyMapDocument, type MapDocument, type Touchpoint } from './format.js';
import { THUMBNAIL_HEIGHT, THUMBNAIL_WIDTH, escapeXml, renderThumbnail } from './thumbnail.js';

const demo = automotive as MapDocument;

/**
 * A small well-formedness check (no XML parser in the dependencies): tags nest and close,
 * attribute values are quoted, and every `&` starts an entity.
 */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const match of svg.matchAll(tag)) {
    const text = svg.slice(last, match.index);
    expect(text, `text before <${match[2]}>`).not.toMatch(/[<>]/);
    last = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(svg.slice(last)).toBe('');
  expect(stack).toEqual([]);
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
}

function touchpoint(id: string, phaseId: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    phaseId,
    title: id,
    channel: 'web',
    importance: 3,
    momentOfTruth: false,
    metricKey: '',
    expectations: [],
    emotions: {},
    ...fields,
  };
}

function count(svg: string, pattern: RegExp): number {
  return svg.match(new RegExp(pattern, 'g'))?.length ?? 0;
}

describe('renderThumbnail', () => {
  it('draws the phases as columns, touchpoints as blocks and moments of truth highlighted', () => {
    const svg = renderThumbnail(demo);
    expectWellFormed(svg);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}"`));
    expect(svg).toContain(`<title>${escapeXml(demo.title)}</title>`);
    // One header text per phase (the names are shortened to fit their column).
    expect(count(svg, /<text [^>]*font-weight="600"/)).toBe(demo.phases.length);
    expect(svg).toContain('>Info…<');
    expect(svg).toContain('>Book…<');
    expect(count(svg, /data-moment-of-truth="true"/)).toBe(demo.touchpoints.filter((t) => t.momentOfTruth).length);
    expect(count(svg, /<rect [^>]*rx="2"/)).toBe(demo.touchpoints.length);
  });

  it('draws the first persona’s emotion curve through its touchpoints, in its colour', () => {
    const svg = renderThumbnail(demo);
    const [anna] = demo.personas;
    const withEmotion = demo.touchpoints.filter((t) => t.emotions[anna!.id] !== undefined);
    const points = /<polyline points="([^"]+)"[^>]*stroke="([^"]+)"/.exec(svg);
    expect(points?.[2]).toBe(anna!.color);
    const xs = points![1]!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(xs).toHaveLength(withEmotion.length);
    // Journey order: left to right.
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Higher emotion is drawn higher up.
    const ys = points![1]!.split(' ').map((p) => Number(p.split(',')[1]));
    const best = withEmotion.reduce((a, b) => (a.emotions[anna!.id]! >= b.emotions[anna!.id]! ? a : b));
    expect(Math.min(...ys)).toBe(ys[withEmotion.indexOf(best)]);
  });

  it('escapes every text from the document and drops characters XML cannot carry', () => {
    const map: MapDocument = {
      ...emptyMapDocument('</title><script>alert("x")</script> & co'),
      personas: [{ id: 'pe-a', name: 'A', color: '#123456' }],
      phases: [{ id: 'ph-1', name: `<b a="1">'Q'\u0001` }],
      touchpoints: [touchpoint('tp-1', 'ph-1', { emotions: { 'pe-a': 1 } })],
    };
    const svg = renderThumbnail(map);
    expectWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toContain('&lt;b a=&quot;1&quot;&gt;&apos;Q&apos;');
  });

  it('falls back to the palette for a colour that is not a plain hex colour', () => {
    const map: MapDocument = {
      ...emptyMapDocument('Colours'),
      personas: [{ id: 'pe-a', name: 'A', color: '"/><script>' }],
      phases: [{ id: 'ph-1', name: 'One' }],
      touchpoints: [touchpoint('tp-1', 'ph-1', { emotions: { 'pe-a': 2 } }), touchpoint('tp-2', 'ph-1', { emotions: { 'pe-a': -2 } })],
    };
    const svg = renderThumbnail(map);
    expectWellFormed(svg);
    expect(svg).toMatch(/<polyline [^>]*stroke="#0072B2"/);
  });

  it('draws an empty map as an empty frame without a curve', () => {
    const svg = renderThumbnail(emptyMapDocument(''));
    expectWellFormed(svg);
    expect(svg).toContain('stroke-dasharray="3 3"');
    expect(svg).not.toContain('<polyline');
    expect(svg).not.toContain('<circle');
  });

  it('counts the touchpoints that do not fit in a column, and shows the start of a long journey', () => {
    const phases = Array.from({ length: 20 }, (_, i) => ({ id: `ph-${i}`, name: `Phase ${i}` }));
    const crowded = Array.from({ length: 15 }, (_, i) => touchpoint(`tp-${i}`, 'ph-0'));
    const svg = renderThumbnail({ ...emptyMapDocument('Long'), phases, touchpoints: crowded });
    expectWellFormed(svg);
    const shownBlocks = count(svg, /<rect [^>]*rx="2"/);
    expect(shownBlocks).toBeGreaterThan(2);
    expect(svg).toContain(`>+${15 - shownBlocks}<`);
    const headers = count(svg, /<text [^>]*font-weight="600"/);
    expect(headers).toBeGreaterThan(3);
    expect(headers).toBeLessThan(20);
    // Nothing is drawn beyond the right edge.
    for (const match of svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)) {
      expect(Number(match[1]) + Number(match[2])).toBeLessThanOrEqual(THUMBNAIL_WIDTH);
    }
  });

  it('is deterministic', () => {
    expect(renderThumbnail(demo)).toBe(renderThumbnail(structuredClone(demo)));
  });
});

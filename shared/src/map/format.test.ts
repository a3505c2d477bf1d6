import { describe, expect, it } from 'vitest';
import automotive from '../templates/automotive.json';
import blank from '../templates/blank.json';
import mobileNetwork from '../templates/mobile-network.json';
import { emptyMapDocument, validateMapDocument } from './format.js';

describe('validateMapDocument', () => {
  it.each([
    ['automotive', automotive],
    ['mobile-network', mobileNetwork],
    ['blank', blank],
  ])('accepts the %s template', (_name, template) => {
    const result = validateMapDocument(template);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts an empty map', () => {
    expect(validateMapDocument(emptyMapDocument('x')).ok).toBe(true);
  });

  it('lists the path of every problem', () => {
    const map = structuredClone(automotive) as Record<string, unknown> & typeof automotive;
    map.touchpoints[0]!.phaseId = 'nowhere';
    (map.touchpoints[1] as Record<string, unknown>).importance = 9;
    (map.touchpoints[2] as Record<string, unknown>).channel = 'pigeon';
    map.measures[0]!.touchpointIds = ['tp-missing'];
    (map.touchpoints[3]!.emotions as Record<string, number>)['pe-ghost'] = 1;
    const result = validateMapDocument(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'touchpoints[0].phaseId',
        'touchpoints[1].importance',
        'touchpoints[2].channel',
        'measures[0].touchpointIds[0]',
        'touchpoints[3].emotions.pe-ghost',
      ]),
    );
    expect(result.problems.find((p) => p.path === 'touchpoints[0].phaseId')?.message).toContain('nowhere');
  });

  it('refuses duplicate ids, unknown fields, a wrong format and a future version', () => {
    const doc = emptyMapDocument('t');
    doc.phases = [
      { id: 'a', name: 'A' },
      { id: 'a', name: 'B' },
    ];
    const result = validateMapDocument({ ...doc, extra: true, format: 'other', version: 2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['format', 'version', '(document)']));
    expect(paths).toContain('phases[1].id');
    expect(result.problems.some((p) => p.message.includes('extra'))).toBe(true);
    const shaped = validateMapDocument(doc);
    expect(shaped.ok ? [] : shaped.problems).toEqual([{ path: 'phases[1].id', message: 'duplicate id "a"' }]);
  });

  it('refuses things that are not maps at all', () => {
    for (const input of [null, 42, 'map', [], {}]) {
      const result = validateMapDocument(input);
      expect(result.ok).toBe(false);
    }
  });

  it('refuses emotions outside −2…+2 and fractional importance', () => {
    const map = structuredClone(automotive);
    const tp = map.touchpoints[0]!;
    (tp.emotions as Record<string, number>)['pe-anna'] = 2.5;
    tp.importance = 2.5;
    const result = validateMapDocument(map);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'touchpoints[0].importance',
      'touchpoints[0].emotions.pe-anna',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../shared/src/index.js';
import { touchpointProblems, unusableMetricKeyCharacters } from './touchpointValidation.js';

function touchpoint(id: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    phaseId: 'ph-1',
    title: `Touchpoint ${id}`,
    channel: 'web',
    importance: 3,
    momentOfTruth: false,
    metricKey: '',
    expectations: [],
    emotions: {},
    ...fields,
  };
}

function problemsOf(tp: Touchpoint, others: Touchpoint[] = []) {
  return touchpointProblems(tp, { touchpoints: [tp, ...others] });
}

describe('touchpointProblems', () => {
  it('finds nothing wrong with a complete touchpoint', () => {
    expect(problemsOf(touchpoint('tp-a', { metricKey: 'web.home_page-2' }))).toEqual([]);
  });

  it('asks for a title when it is empty or blank', () => {
    expect(problemsOf(touchpoint('tp-a', { title: '' }))).toEqual([{ field: 'title', kind: 'empty' }]);
    expect(problemsOf(touchpoint('tp-a', { title: '  \t' }))).toEqual([{ field: 'title', kind: 'empty' }]);
  });

  it('reports a title or metric key over 200 characters', () => {
    const long = 'x'.repeat(201);
    expect(problemsOf(touchpoint('tp-a', { title: long, metricKey: long }))).toEqual([
      { field: 'title', kind: 'tooLong', length: 201, max: 200 },
      { field: 'metricKey', kind: 'tooLong', length: 201, max: 200 },
    ]);
    expect(problemsOf(touchpoint('tp-a', { title: 'x'.repeat(200), metricKey: 'k'.repeat(200) }))).toEqual([]);
  });

  it('names each character a survey export would not use, once', () => {
    expect(unusableMetricKeyCharacters('web home/page home')).toEqual([' ', '/']);
    expect(unusableMetricKeyCharacters('filiale.größe')).toEqual(['ö', 'ß']);
    expect(unusableMetricKeyCharacters('A-z_0.9')).toEqual([]);
    expect(problemsOf(touchpoint('tp-a', { metricKey: 'web home' }))).toEqual([
      { field: 'metricKey', kind: 'characters', characters: [' '] },
    ]);
  });

  it('allows an empty metric key: the touchpoint is just not measured yet', () => {
    expect(problemsOf(touchpoint('tp-a', { metricKey: '' }), [touchpoint('tp-b', { metricKey: '' })])).toEqual([]);
  });

  it('reports a metric key that another touchpoint uses, or that is another touchpoint’s id', () => {
    const a = touchpoint('tp-a', { metricKey: 'web.home' });
    const b = touchpoint('tp-b', { metricKey: 'web.home' });
    const c = touchpoint('tp-c', { metricKey: 'web.shop' });
    expect(problemsOf(a, [b, c])).toEqual([{ field: 'metricKey', kind: 'duplicate', touchpointIds: ['tp-b'] }]);
    expect(problemsOf(touchpoint('tp-d', { metricKey: 'tp-c' }), [c])).toEqual([
      { field: 'metricKey', kind: 'duplicate', touchpointIds: ['tp-c'] },
    ]);
    // The same key in another case is another key for the measurement import.
    expect(problemsOf(touchpoint('tp-e', { metricKey: 'Web.Home' }), [b])).toEqual([]);
  });

  it('reports an importance outside 1–5 or not a whole number', () => {
    for (const importance of [0, 6, 2.5, Number.NaN]) {
      expect(problemsOf(touchpoint('tp-a', { importance }))).toEqual([
        { field: 'importance', kind: 'outOfRange', value: importance, min: 1, max: 5 },
      ]);
    }
    expect(problemsOf(touchpoint('tp-a', { importance: 1 }))).toEqual([]);
    expect(problemsOf(touchpoint('tp-a', { importance: 5 }))).toEqual([]);
  });
});

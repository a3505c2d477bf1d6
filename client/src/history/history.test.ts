import { describe, expect, it } from 'vitest';
import automotive from '../../../shared/src/templates/automotive.json';
import { compareMaps, type MapDocument } from '../../../shared/src/index.js';
import { translate, type Translate } from '../i18n/translate.js';
import { activityActor, activityLines } from './activityText.js';
import { comparisonCounts, fieldName, fieldValue, formatDelta } from './comparisonText.js';

const demo = automotive as MapDocument;
const en: Translate = (key, params) => translate('en', key, params);
const de: Translate = (key, params) => translate('de', key, params);

describe('activity text', () => {
  it('names the person, else the link role, else the API', () => {
    expect(activityActor({ actor: 'Anna', role: 'editor', via: 'live' }, en)).toBe('Anna');
    expect(activityActor({ actor: null, role: 'editor', via: 'live' }, en)).toBe('An editor');
    expect(activityActor({ actor: null, role: 'owner', via: 'api' }, en)).toBe('The API (Owner)');
    expect(activityActor({ actor: null, role: null, via: 'api' }, de)).toBe('Die API');
    expect(activityActor({ actor: null, role: 'martian', via: 'live' }, en)).toBe('Someone');
  });

  it('says what changed per subject, in the reader’s language and word order', () => {
    const entry = {
      changes: {
        title: { added: 0, changed: 1, removed: 0, names: [] },
        touchpoints: { added: 2, changed: 1, removed: 0, names: ['Service app', 'Invoice'] },
        phases: { added: 0, changed: 0, removed: 1, names: [] },
      },
    };
    expect(activityLines(entry, en)).toEqual([
      { text: 'renamed the map', names: [] },
      { text: 'removed 1 phase', names: [] },
      { text: 'added 2 touchpoints, changed 1 touchpoint', names: ['Service app', 'Invoice'] },
    ]);
    expect(activityLines(entry, de).map((line) => line.text)).toEqual([
      'Karte umbenannt',
      '1 Phase entfernt',
      '2 Touchpoints hinzugefügt, 1 Touchpoint geändert',
    ]);
  });
});

describe('comparison text', () => {
  it('shows field values as people read them', () => {
    expect(fieldName('phaseId', en)).toBe('Phase');
    expect(fieldValue('phaseId', 'ph-book', en, [demo])).toBe('Book appointment');
    expect(fieldValue('channel', 'phone', de, [])).toBe('Telefon / Hotline');
    expect(fieldValue('momentOfTruth', true, en, [])).toBe('yes');
    expect(fieldValue('owner', undefined, en, [])).toBe('—');
    expect(fieldValue('expectations', [{}, {}], en, [])).toBe('2 items');
    expect(fieldValue('importance', 5, en, [])).toBe('5');
  });

  it('marks a delta with an arrow and a real minus sign', () => {
    expect(formatDelta(3.5)).toBe('▲ +3.5');
    expect(formatDelta(-2)).toBe('▼ −2');
    expect(formatDelta(0)).toBe('±0');
  });

  it('sums the entities added, removed and changed over every section', () => {
    const after = structuredClone(demo);
    after.touchpoints.shift();
    after.phases[0]!.name = 'Research';
    after.personas.push({ id: 'pe-kim', name: 'Kim' });
    expect(comparisonCounts(compareMaps(demo, after))).toEqual({ added: 1, removed: 1, changed: 1 });
  });
});

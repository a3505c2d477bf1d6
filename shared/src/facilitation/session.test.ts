import { describe, expect, it } from 'vitest';
import { DEFAULT_LANES } from '../map/laneMutations.js';
import { emptyMapDocument, type MapDocument } from '../map/format.js';
import { ballotProblem, sessionOf, tallyBallots, voteTargets } from './session.js';

const map: MapDocument = {
  ...emptyMapDocument('Workshop'),
  phases: [{ id: 'ph-1', name: 'Buy' }],
  touchpoints: [
    { id: 'tp-1', phaseId: 'ph-1', title: 'Shop', channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions: {} },
  ],
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [
    { id: 'card-pain', laneId: 'lane-pain-points', phaseId: 'ph-1', text: 'Slow checkout' },
    { id: 'card-idea', laneId: 'lane-opportunities', phaseId: 'ph-1', text: 'One-click' },
  ],
};

describe('dot voting', () => {
  it('votes on touchpoints, on the pain-points lane, or both, and on nothing else', () => {
    expect([...voteTargets(map, ['touchpoints'])]).toEqual(['tp-1']);
    expect([...voteTargets(map, ['painPoints'])]).toEqual(['card-pain']);
    expect(voteTargets(map, ['touchpoints', 'painPoints'])).toEqual(new Set(['tp-1', 'card-pain']));
    // Without lanes of its own the map has the default ones, pain points among them.
    expect([...voteTargets({ ...map, lanes: undefined }, ['painPoints'])]).toEqual(['card-pain']);
  });

  it('allows several dots on one target, up to the dots each person has', () => {
    const targets = voteTargets(map, ['touchpoints', 'painPoints']);
    expect(ballotProblem(['tp-1', 'tp-1', 'card-pain'], 3, targets)).toBeNull();
    expect(ballotProblem([], 3, targets)).toBeNull();
    expect(ballotProblem(['tp-1', 'tp-1', 'tp-1', 'tp-1'], 3, targets)).toMatch(/at most 3 dots/);
    expect(ballotProblem(['card-idea'], 3, targets)).toMatch(/card-idea/);
  });

  it('counts dots and ranks targets, equal counts sharing a rank', () => {
    const { counts, ranking } = tallyBallots([['a', 'b', 'b'], ['c', 'b'], ['a', 'c'], ['d']]);
    expect(counts).toEqual({ a: 2, b: 3, c: 2, d: 1 });
    expect(ranking).toEqual([
      { targetId: 'b', count: 3, rank: 1 },
      { targetId: 'a', count: 2, rank: 2 },
      { targetId: 'c', count: 2, rank: 2 },
      { targetId: 'd', count: 1, rank: 4 },
    ]);
    expect(tallyBallots([])).toEqual({ counts: {}, ranking: [] });
  });

  it('reads the session from the server awareness state only', () => {
    expect(sessionOf(null)).toBeNull();
    expect(sessionOf({ user: { name: 'Ada' } })).toBeNull();
    const session = { serverTime: 1, timer: null, vote: null, lock: null };
    expect(sessionOf({ session })).toBe(session);
  });
});

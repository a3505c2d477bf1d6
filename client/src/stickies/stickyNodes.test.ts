import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../shared/src/index.js';
import { STICKY_SIZE, buildStickyNodes, phaseAtX, stickyIdOfNode, stickyNodeId } from './stickyNodes.js';

const column = (id: string, x: number, width: number) => ({ phase: { id, name: id } as Phase, index: 0, x, width, touchpointIds: [] });
const layout = { columns: [column('a', 0, 200), column('b', 224, 300)] };

describe('sticky notes on the canvas', () => {
  it('picks the phase under a point, or the nearest one beside the board', () => {
    expect(phaseAtX(layout, 10)).toBe('a');
    expect(phaseAtX(layout, 300)).toBe('b');
    expect(phaseAtX(layout, 210)).toBe('a');
    expect(phaseAtX(layout, 220)).toBe('b');
    expect(phaseAtX(layout, -900)).toBe('a');
    expect(phaseAtX(layout, 9000)).toBe('b');
    expect(phaseAtX({ columns: [] }, 0)).toBeNull();
  });

  it('builds draggable nodes by the note’s centre phase; read-only ones stay put', () => {
    const stickies = [{ id: 's1', text: 'x', color: '#fff1a8', x: 150, y: 40 }];
    const [node] = buildStickyNodes(stickies, layout, null, false);
    expect(node).toMatchObject({ id: 'sticky:s1', type: 'sticky', position: { x: 150, y: 40 }, draggable: true, selectable: false });
    // Its centre (150 + 84) lies in phase b.
    expect(node!.data.phaseId).toBe(150 + STICKY_SIZE / 2 > 224 ? 'b' : 'a');
    expect(buildStickyNodes(stickies, layout, 's1', false)[0]).toMatchObject({ draggable: false, data: { editing: true } });
    expect(buildStickyNodes(stickies, layout, 's1', true)[0]).toMatchObject({ draggable: false, data: { editing: false } });
    expect(stickyIdOfNode(stickyNodeId('s1'))).toBe('s1');
    expect(stickyIdOfNode('card:s1')).toBeNull();
  });
});

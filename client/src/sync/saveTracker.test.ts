import { describe, expect, it } from 'vitest';
import { SaveLedger } from './saveTracker.js';

describe('SaveLedger', () => {
  it('is saved once a probe sent after the edits is answered', () => {
    const ledger = new SaveLedger();
    expect(ledger.state(true)).toBe('saved');
    ledger.edit();
    ledger.edit();
    expect(ledger.state(true)).toBe('saving');
    expect(ledger.needsProbe).toBe(true);
    ledger.probeSent();
    expect(ledger.needsProbe).toBe(false);
    ledger.edit();
    ledger.answered();
    // The third edit came after the probe: still saving.
    expect(ledger.unacknowledged).toBe(1);
    expect(ledger.needsProbe).toBe(true);
    ledger.probeSent();
    ledger.answered();
    expect(ledger.state(true)).toBe('saved');
  });

  it('counts edits made offline as unsaved until a new connection answers', () => {
    const ledger = new SaveLedger();
    ledger.edit();
    ledger.probeSent();
    ledger.disconnected();
    ledger.edit();
    expect(ledger.state(false)).toBe('unsaved');
    expect(ledger.unacknowledged).toBe(2);
    // An answer without a probe in flight acknowledges nothing.
    ledger.answered();
    expect(ledger.unacknowledged).toBe(2);
    ledger.probeSent();
    ledger.answered();
    expect(ledger.state(true)).toBe('saved');
  });
});

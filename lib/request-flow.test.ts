import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '@/db/schema/requests';
import { isRequestOverdue, nextRequestState, type RequestMove } from './request-flow';

describe('nextRequestState', () => {
  it('walks 待分派 → 办理中 → 已办结 → 已确认 one step at a time', () => {
    expect(nextRequestState('pending', 'accept')).toBe('in_progress');
    expect(nextRequestState('in_progress', 'resolve')).toBe('resolved');
    expect(nextRequestState('resolved', 'confirm', 'satisfied')).toBe('confirmed');
    expect(nextRequestState('resolved', 'confirm', 'basically')).toBe('confirmed');
  });

  it('reopens on 不满意: back to 办理中 with the same department', () => {
    expect(nextRequestState('resolved', 'confirm', 'unsatisfied')).toBe('in_progress');
  });

  it('refuses every move that skips or repeats a step', () => {
    const moves: RequestMove[] = ['accept', 'resolve', 'confirm'];
    const allowed = new Set(['pending:accept', 'in_progress:resolve', 'resolved:confirm']);
    for (const state of REQUEST_STATES) {
      for (const move of moves) {
        const next = nextRequestState(state, move, 'satisfied');
        expect(next === null, `${state} + ${move}`).toBe(!allowed.has(`${state}:${move}`));
      }
    }
  });

  it('needs a verdict to confirm', () => {
    expect(nextRequestState('resolved', 'confirm')).toBeNull();
    expect(nextRequestState('resolved', 'confirm', null)).toBeNull();
  });
});

describe('isRequestOverdue', () => {
  it('is overdue only before 已办结 and only after the deadline day', () => {
    expect(isRequestOverdue('pending', '2026-11-25', '2026-11-26')).toBe(true);
    expect(isRequestOverdue('in_progress', '2026-11-25', '2026-11-26')).toBe(true);
    expect(isRequestOverdue('in_progress', '2026-11-26', '2026-11-26')).toBe(false);
    expect(isRequestOverdue('resolved', '2026-01-01', '2026-11-26')).toBe(false);
    expect(isRequestOverdue('confirmed', '2026-01-01', '2026-11-26')).toBe(false);
  });
});

import type { RequestState, Satisfaction } from '@/db/schema/requests';

/** The three moves after raising: the department accepts and reports; the raising team confirms. */
export type RequestMove = 'accept' | 'resolve' | 'confirm';

/** Who makes each move: the department handling it, or the team that raised it. */
export const MOVE_SIDE: Record<RequestMove, 'department' | 'team'> = { accept: 'department', resolve: 'department', confirm: 'team' };

const FROM: Record<RequestMove, RequestState> = { accept: 'pending', resolve: 'in_progress', confirm: 'resolved' };

/** Not yet 已办结: these count as open, and as overdue once the deadline has passed. */
export const OPEN_REQUEST_STATES = ['pending', 'in_progress'] as const satisfies readonly RequestState[];

/**
 * 待分派 → 办理中 → 已办结 → 已确认, one step at a time; a 不满意 confirmation sends the request back to 办理中.
 * null when the move does not follow from the state (skipping a step, or repeating one).
 */
export function nextRequestState(state: RequestState, move: RequestMove, satisfaction?: Satisfaction | null): RequestState | null {
  if (FROM[move] !== state) return null;
  if (move === 'accept') return 'in_progress';
  if (move === 'resolve') return 'resolved';
  if (!satisfaction) return null;
  return satisfaction === 'unsatisfied' ? 'in_progress' : 'confirmed';
}

/** Overdue: the deadline (a zone day, 'YYYY-MM-DD') has passed and the department has not reported it done. */
export function isRequestOverdue(state: RequestState, deadline: string, today: string): boolean {
  return (OPEN_REQUEST_STATES as readonly RequestState[]).includes(state) && deadline < today;
}

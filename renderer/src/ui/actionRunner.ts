import type { ErrorBody, Result } from '../../../shared/errors';

/** An action's work: the core's answer, or a refusal the form found itself before asking. */
export type Work<T> = () => Result<T> | Promise<Result<T>>;

/** Where a run shows itself: busy while the work is in flight, then the refusal, or null once it went through. */
export interface ActionSink {
  busy(inFlight: boolean): void;
  settled(error: ErrorBody | null): void;
}

export type RunAction = <T>(sink: ActionSink, work: Work<T>, done?: (value: T) => void) => Promise<void>;

/**
 * One action at a time for a form: a start while another is in flight is dropped before its work
 * runs, so two quick Enters send once. The last refusal stays until the next outcome replaces it,
 * so the form does not jump under the cashier's hand while the core answers.
 */
export function createActionRunner(): RunAction {
  let inFlight = false;
  return async function run<T>(sink: ActionSink, work: Work<T>, done?: (value: T) => void) {
    if (inFlight) return;
    inFlight = true;
    sink.busy(true);
    let result: Result<T>;
    try {
      result = await work();
    } finally {
      inFlight = false;
      sink.busy(false);
    }
    sink.settled(result.ok ? null : result.error);
    if (result.ok) done?.(result.value);
  };
}

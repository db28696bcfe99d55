import { useState } from 'react';
import type { ErrorBody } from '../../../shared/errors';
import { createActionRunner, type Work } from './actionRunner';

/** The field to type again after a refusal: its element id, or one chosen by the refusal's code. */
export type Retype = string | ((error: ErrorBody) => string);

export interface Action {
  busy: boolean;
  /** The refusal to show through ErrorAlert, which words it in the cashier's language. */
  error: ErrorBody | null;
  /** Runs the work unless another run is in flight; done gets the value, a refusal is shown and the cursor put in the retype field. */
  run<T>(work: Work<T>, done?: (value: T) => void): Promise<void>;
  /** Shows a refusal that came outside a run, such as a list that failed to load, or clears it. */
  showError(error: ErrorBody | null): void;
}

/** A form's submit: guarded against a second Enter, with its refusal and the field to retype. */
export function useAction(retype?: Retype): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [runAction] = useState(createActionRunner);
  const settled = (refusal: ErrorBody | null) => {
    setError(refusal);
    if (!refusal || !retype) return;
    document.getElementById(typeof retype === 'string' ? retype : retype(refusal))?.focus();
  };
  return { busy, error, showError: setError, run: (work, done) => runAction({ busy: setBusy, settled }, work, done) };
}

/**
 * An error the person at the counter can act on. Its message is shown as it is, so it says what
 * went wrong and what to do, and never leaks internals.
 */
export class RokadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RokadError';
  }
}

export interface ErrorBody {
  code: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

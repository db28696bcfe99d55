/**
 * An error the person at the counter can act on. Its message is shown as it is, so it says what
 * went wrong and what to do, and never leaks internals.
 */
export class RokadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The facts in the message, so the window can say the same thing in Hindi. */
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'RokadError';
  }
}

export type ErrorParams = Record<string, string | number>;

export interface ErrorBody {
  code: string;
  message: string;
  params?: ErrorParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

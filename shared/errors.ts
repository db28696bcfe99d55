import type { ErrorCode, ErrorParamsByCode } from './errorCodes';

export type { ErrorCode, ErrorParamsByCode } from './errorCodes';

/** A code's params, required when the code always carries them. */
type ParamsArgs<C extends ErrorCode> = undefined extends ErrorParamsByCode[C] ? [params?: ErrorParamsByCode[C]] : [params: ErrorParamsByCode[C]];

/**
 * An error the person at the counter can act on. Its message is shown as it is, so it says what
 * went wrong and what to do, and never leaks internals.
 */
export class RokadError<C extends ErrorCode = ErrorCode> extends Error {
  /** The facts in the message, so the window can say the same thing in Hindi. */
  readonly params: ErrorParamsByCode[C];

  constructor(
    readonly code: C,
    message: string,
    ...[params]: ParamsArgs<C>
  ) {
    super(message);
    this.name = 'RokadError';
    this.params = params as ErrorParamsByCode[C];
  }
}

export type ErrorParams = Record<string, string | number>;

type BodyOf<C extends ErrorCode> = undefined extends ErrorParamsByCode[C]
  ? { code: C; message: string; params?: ErrorParamsByCode[C] }
  : { code: C; message: string; params: ErrorParamsByCode[C] };

/** A refusal as data, as it crosses IPC: one of the codes, with that code's params. */
export type ErrorBody<C extends ErrorCode = ErrorCode> = { [K in C]: BodyOf<K> }[C];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

import type { z } from 'zod';
import { RokadError } from '../../../shared/errors';
import { endpoints, type Endpoint } from '../../../shared/gateway/endpoints';
import { endpointUrl, protocolMethods, type CallInput, type EndpointName, type ResponseOf } from '../../../shared/gateway/protocolCalls';
import { errorBodySchema, refusalCodeSchema, type RefusalCode } from '../../../shared/gateway/schemas';

export interface GatewayClientOptions {
  baseUrl: string;
  deviceToken?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

type GatewayErrorCode = RefusalCode | 'GATEWAY_REFUSED' | 'NOT_REGISTERED' | 'GATEWAY_TIMEOUT' | 'GATEWAY_UNREACHABLE' | 'GATEWAY_MALFORMED' | 'GATEWAY_ERROR';

/**
 * An error from talking to the gateway. `transient` means the request may not have been seen, or
 * may have been applied with its answer lost: the caller retries with the same ids.
 */
export class GatewayError extends RokadError<GatewayErrorCode> {
  /** The protocol's refusals carry a code and a message only. */
  declare readonly params: undefined;

  constructor(
    code: GatewayErrorCode,
    message: string,
    readonly transient: boolean,
  ) {
    super(code, message);
  }
}

const UNREADABLE = 'The gateway sent an answer that is not readable JSON. Nothing was changed; it will be asked again.';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)$/i;

/** HTTPS everywhere; plain HTTP only to this machine, for development and tests. */
export function checkGatewayUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RokadError('GATEWAY_URL', `"${raw}" is not a web address. Enter the gateway address, for example https://gateway.example.in.`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname))) return url;
  throw new RokadError('GATEWAY_URL', `The gateway address must start with https:// (plain http is allowed only to this computer). Got ${url.origin}.`);
}

/** A refusal code the app does not know still reaches the person, with the gateway's own sentence. */
function refusalCode(code: string): RefusalCode | 'GATEWAY_REFUSED' {
  const known = refusalCodeSchema.safeParse(code);
  return known.success ? known.data : 'GATEWAY_REFUSED';
}

function describe(issues: z.core.$ZodIssue[]): string {
  const issue = issues[0];
  return issue ? `${issue.message} at ${issue.path.join('.') || 'the top'}` : 'unknown shape';
}

/**
 * The app's side of the protocol. Every answer is parsed with the shared schemas: a malformed or
 * unexpected answer becomes a GatewayError, never a crash and never a wrong balance.
 */
export function createGatewayClient(options: GatewayClientOptions) {
  const base = checkGatewayUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? fetch;

  async function call<K extends EndpointName>(name: K, input: CallInput<K> = {}): Promise<ResponseOf<K>> {
    const endpoint: Endpoint = endpoints[name];
    const url = endpointUrl(name, input, base);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (endpoint.body) headers['content-type'] = 'application/json';
    if (endpoint.auth) {
      if (!options.deviceToken) throw new GatewayError('NOT_REGISTERED', 'This computer is not registered with the gateway yet. Ask the supervisor to register it.', false);
      headers.authorization = `Bearer ${options.deviceToken}`;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let status: number;
    let text: string;
    let answered = false;
    try {
      const response = await doFetch(url, {
        method: endpoint.method,
        headers,
        body: endpoint.body ? JSON.stringify(input.body) : undefined,
        signal: controller.signal,
        redirect: 'error',
      });
      status = response.status;
      answered = true;
      text = await response.text();
    } catch (error) {
      // An answer whose body cannot be decoded (a wrong content-encoding) was heard, not lost.
      if (answered && !controller.signal.aborted) throw new GatewayError('GATEWAY_MALFORMED', UNREADABLE, true);
      const timedOut = controller.signal.aborted;
      throw new GatewayError(
        timedOut ? 'GATEWAY_TIMEOUT' : 'GATEWAY_UNREACHABLE',
        timedOut
          ? `The gateway did not answer within ${Math.round(timeoutMs / 1000)} s. Payments stay saved here and will be sent again.`
          : `The gateway could not be reached (${(error as Error).message}). Payments stay saved here and will be sent again.`,
        true,
      );
    } finally {
      clearTimeout(timer);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (status >= 200 && status < 300) {
      if (json === undefined) throw new GatewayError('GATEWAY_MALFORMED', UNREADABLE, true);
      if (endpoint.quickCheck?.(json)) return json as ResponseOf<K>;
      const parsed = endpoint.response.safeParse(json);
      if (!parsed.success) {
        throw new GatewayError(
          'GATEWAY_MALFORMED',
          `The gateway sent an answer Rokad cannot read (${describe(parsed.error.issues)}). Nothing was changed; it will be asked again.`,
          true,
        );
      }
      return parsed.data as ResponseOf<K>;
    }
    const refusal = errorBodySchema.safeParse(json);
    const transient = status >= 500 || status === 408 || status === 429;
    if (refusal.success) throw new GatewayError(refusalCode(refusal.data.error.code), refusal.data.error.message, transient);
    throw new GatewayError(transient ? 'GATEWAY_ERROR' : 'GATEWAY_MALFORMED', `The gateway answered HTTP ${status} without an explanation. It will be asked again.`, true);
  }

  return { baseUrl: base.origin, ...protocolMethods(call) };
}

export type GatewayClient = ReturnType<typeof createGatewayClient>;

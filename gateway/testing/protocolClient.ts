import type { z } from 'zod';
import { endpoints, type Endpoint } from '../../shared/gateway/endpoints';
import { errorBodySchema } from '../../shared/gateway/schemas';

type Endpoints = typeof endpoints;
type BodyOf<K extends keyof Endpoints> = Endpoints[K] extends { body: z.ZodType } ? z.input<Endpoints[K]['body']> : undefined;
type QueryOf<K extends keyof Endpoints> = Endpoints[K] extends { query: z.ZodType } ? Partial<z.input<Endpoints[K]['query']>> : undefined;
type ResponseOf<K extends keyof Endpoints> = z.output<Endpoints[K]['response']>;

/** The gateway's refusal, as its HTTP status and error body said it. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A bare client of the protocol for the gateway's own tests, so they need nothing of the app: it
 * sends what it is given, holds every answer to the shared schemas, and throws each refusal as the
 * gateway sent it.
 */
export function protocolClient(baseUrl: string, deviceToken?: string) {
  async function call<K extends keyof Endpoints>(name: K, input: { body?: BodyOf<K>; query?: QueryOf<K>; params?: Record<string, string> } = {}): Promise<ResponseOf<K>> {
    const endpoint: Endpoint = endpoints[name];
    const url = new URL(
      endpoint.path.replace(/:(\w+)/g, (_match, key: string) => encodeURIComponent(input.params?.[key] ?? '')),
      baseUrl,
    );
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = {};
    if (endpoint.body) headers['content-type'] = 'application/json';
    if (endpoint.auth && deviceToken) headers.authorization = `Bearer ${deviceToken}`;
    const response = await fetch(url, { method: endpoint.method, headers, body: endpoint.body ? JSON.stringify(input.body) : undefined });
    const json: unknown = await response.json();
    if (response.ok) return endpoint.response.parse(json) as ResponseOf<K>;
    const { error } = errorBodySchema.parse(json);
    throw new Refusal(response.status, error.code, error.message);
  }

  return {
    register: (body: BodyOf<'register'>) => call('register', { body }),
    config: () => call('config'),
    fetchBill: (consumerNo: string) => call('fetchBill', { body: { consumerNo } }),
    billMaster: (cursor: string, limit: number) => call('billMaster', { query: { cursor, limit } }),
    wallet: () => call('wallet'),
    walletLedger: (query: QueryOf<'walletLedger'> = {}) => call('walletLedger', { query }),
    uploadBatch: (body: BodyOf<'uploadBatch'>) => call('uploadBatch', { body }),
    paymentStatus: (clientTxnIds: string[]) => call('paymentStatus', { body: { clientTxnIds } }),
    requestReversal: (clientTxnId: string, body: BodyOf<'reversal'>) => call('reversal', { body, params: { clientTxnId } }),
  };
}

export type ProtocolClient = ReturnType<typeof protocolClient>;

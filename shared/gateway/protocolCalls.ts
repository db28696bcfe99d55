import type { z } from 'zod';
import { endpoints } from './endpoints';

type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type BodyOf<K extends EndpointName> = Endpoints[K] extends { body: z.ZodType } ? z.input<Endpoints[K]['body']> : undefined;
export type QueryOf<K extends EndpointName> = Endpoints[K] extends { query: z.ZodType } ? Partial<z.input<Endpoints[K]['query']>> : undefined;
export type ResponseOf<K extends EndpointName> = z.output<Endpoints[K]['response']>;
export interface CallInput<K extends EndpointName> {
  body?: BodyOf<K>;
  query?: QueryOf<K>;
  params?: Record<string, string>;
}

/** One request of the protocol, however a client sends it and reads its answer. */
export type ProtocolCall = <K extends EndpointName>(name: K, input?: CallInput<K>) => Promise<ResponseOf<K>>;

/** The address of one request: the endpoint's path with its params filled in, and its query. */
export function endpointUrl<K extends EndpointName>(name: K, input: CallInput<K>, base: URL | string): URL {
  const path = endpoints[name].path.replace(/:(\w+)/g, (_match, key: string) => encodeURIComponent(input.params?.[key] ?? ''));
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}

/**
 * The protocol's requests as methods, the same for the app's client and the gateway's own test
 * client: only how a request is sent and a refusal read differs between them.
 */
export function protocolMethods(call: ProtocolCall) {
  return {
    register: (body: BodyOf<'register'>) => call('register', { body }),
    config: () => call('config'),
    fetchBill: (consumerNo: string) => call('fetchBill', { body: { consumerNo } }),
    billMaster: (cursor: string, limit: number) => call('billMaster', { query: { cursor, limit } }),
    billMasterRows: (cursor: string, limit: number) => call('billMasterRows', { query: { cursor, limit } }),
    wallet: () => call('wallet'),
    walletLedger: (query: QueryOf<'walletLedger'> = {}) => call('walletLedger', { query }),
    uploadBatch: (body: BodyOf<'uploadBatch'>) => call('uploadBatch', { body }),
    paymentStatus: (clientTxnIds: string[]) => call('paymentStatus', { body: { clientTxnIds } }),
    requestReversal: (clientTxnId: string, body: BodyOf<'reversal'>) => call('reversal', { body, params: { clientTxnId } }),
    reversalStatus: (clientTxnIds: string[]) => call('reversalStatus', { body: { clientTxnIds } }),
    checkReceipt: (receiptNo: string, code: string) => call('receiptCheck', { query: { receiptNo, code } }),
    consumerPayments: (consumerNo: string) => call('consumerPayments', { body: { consumerNo } }),
    sendComplaint: (body: BodyOf<'complaint'>) => call('complaint', { body }),
    complaintStatus: (clientIds: string[]) => call('complaintStatus', { body: { clientIds } }),
  };
}

import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { RokadError } from '../shared/errors';
import { endpoints, type Endpoint } from '../shared/gateway/endpoints';
import type { RefusalCode } from '../shared/gateway/schemas';
import type { Device } from './cabinClock';
import type { GatewayStore } from './gatewayStore';
import { consumerPayments } from './consumerPaymentsQuery';
import { registerMessageDelivery } from './messageDelivery';
import type { Notifier } from './notifier';
import { complaintOnPage } from './complaintPage';
import { createReceiptChecks } from './receiptChecks';
import { registerReceiptPages, type ReceiptPageOptions } from './receiptPages';

/** The request as it came; each handler parses its part with its endpoint's schema, so the store gets typed input. */
interface RawInput {
  /** The token's device; on the one endpoint without a token (registration), a device of no agent. */
  device: Device;
  body: unknown;
  query: unknown;
  params: Record<string, string>;
  /** The address the request came to (scheme and host), for links back to this server. */
  origin: string;
}

/** The HTTP status of each refusal; any other is 400, and INTERNAL 500 (the OpenAPI document lists them from here). */
export const STATUS_BY_CODE: Partial<Record<RefusalCode, number>> = {
  UNAUTHORIZED: 401,
  BAD_REGISTRATION_CODE: 403,
  UNKNOWN_CONSUMER: 404,
  UNKNOWN_PAYMENT: 404,
  NOT_FOUND: 404,
  BILL_ALREADY_PAID: 409,
};

export function statusOfRefusal(code: RefusalCode): number {
  return STATUS_BY_CODE[code] ?? (code === 'INTERNAL' ? 500 : 400);
}

function sendError(reply: FastifyReply, code: RefusalCode, message: string): FastifyReply {
  return reply.code(statusOfRefusal(code)).send({ error: { code, message } });
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RokadError('INVALID_REQUEST', `${issue?.message ?? 'Invalid request'} (${issue?.path.join('.') || 'body'}).`);
  }
  return parsed.data;
}

export interface GatewayServerOptions {
  receiptPages?: ReceiptPageOptions;
  /** Delivers the consumers' messages; without one they stay queued in consumer_messages. */
  notifier?: Notifier;
}

/**
 * The reference gateway over HTTP: every endpoint of shared/gateway/endpoints, each input parsed
 * with the shared zod schema and each answer checked against its response schema before it is
 * sent, so the gateway cannot drift from its own protocol.
 */
export function createGatewayServer(store: GatewayStore, options: GatewayServerOptions = {}): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 4 * 1024 * 1024 });
  const receiptChecks = createReceiptChecks(store.db);
  registerReceiptPages(app, receiptChecks, complaintOnPage(store), store.rules.helpline, options.receiptPages);
  if (options.notifier) registerMessageDelivery(app, store, options.notifier);

  const handlers: { [K in keyof typeof endpoints]: (input: RawInput) => unknown } = {
    register: ({ body }) => store.register(parse(endpoints.register.body, body)),
    config: ({ origin }) => store.config(origin),
    fetchBill: ({ body }) => store.fetchBill(parse(endpoints.fetchBill.body, body).consumerNo),
    billMaster: ({ query }) => {
      const { cursor, limit } = parse(endpoints.billMaster.query, query);
      return store.billMaster(cursor, limit);
    },
    billMasterRows: ({ query }) => {
      const { cursor, limit } = parse(endpoints.billMasterRows.query, query);
      return store.billMasterRows(cursor, limit);
    },
    wallet: ({ device }) => store.wallet(device.agentId),
    walletLedger: ({ device, query }) => store.walletLedger(device.agentId, parse(endpoints.walletLedger.query, query)),
    uploadBatch: ({ device, body }) => store.uploadBatch(device, parse(endpoints.uploadBatch.body, body).payments),
    paymentStatus: ({ device, body }) => store.status(device.agentId, parse(endpoints.paymentStatus.body, body).clientTxnIds),
    reversal: ({ device, body, params }) => store.openReversal(device.agentId, params.clientTxnId ?? '', parse(endpoints.reversal.body, body)),
    reversalStatus: ({ device, body }) => store.reversalStatus(device.agentId, parse(endpoints.reversalStatus.body, body).clientTxnIds),
    receiptCheck: ({ query }) => receiptChecks.check(parse(endpoints.receiptCheck.query, query)),
    consumerPayments: ({ body }) => consumerPayments(store.db, parse(endpoints.consumerPayments.body, body).consumerNo),
    complaint: ({ device, body }) => store.complaints.receive(device, parse(endpoints.complaint.body, body)),
    complaintStatus: ({ device, body }) => store.complaints.status(device.agentId, parse(endpoints.complaintStatus.body, body).clientIds),
  };

  for (const [name, endpoint] of Object.entries(endpoints) as Array<[keyof typeof endpoints, Endpoint]>) {
    app.route({
      method: endpoint.method,
      url: endpoint.path,
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        let device: Device = { deviceId: '', agentId: '', cabinCode: '' };
        if (endpoint.auth) {
          const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
          const found = token ? store.authenticate(token) : undefined;
          if (!found) return sendError(reply, 'UNAUTHORIZED', 'Missing or unknown device token. Register this device again.');
          device = found;
        }
        const result = handlers[name]({
          device,
          body: request.body,
          query: request.query,
          params: request.params as Record<string, string>,
          origin: `${request.protocol}://${request.host}`,
        });
        return endpoint.quickCheck?.(result) ? result : endpoint.response.parse(result);
      },
    });
  }

  app.setNotFoundHandler((_request, reply) => sendError(reply, 'NOT_FOUND', 'No such endpoint.'));
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof RokadError) return sendError(reply, error.code, error.message);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return sendError(reply, 'INVALID_REQUEST', (error as Error).message);
    console.error('gateway: internal error', error);
    return sendError(reply, 'INTERNAL', 'The gateway hit an internal error. Retrying is safe.');
  });
  return app;
}

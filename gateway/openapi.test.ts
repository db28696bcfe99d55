import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { endpoints } from '../shared/gateway/endpoints';
import { openApiDocument, openApiYaml } from './openapi';
import { checkDocumented } from './testing/documentedAnswers';

describe('the OpenAPI document', () => {
  it('is up to date with the zod schemas (run `npm run gateway:openapi` after changing them)', () => {
    assert.equal(readFileSync(join(import.meta.dirname, '../docs/gateway-openapi.yaml'), 'utf8'), openApiYaml());
  });

  it('describes every endpoint the gateway serves', () => {
    const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(document.openapi, '3.1.0');
    for (const endpoint of Object.values(endpoints)) {
      assert.ok(document.paths[endpoint.path.replace(/:(\w+)/g, '{$1}')]?.[endpoint.method.toLowerCase()], endpoint.path);
    }
  });

  it('lets registration be called without a token, names its servers, and lists every refusal the gateway answers with', () => {
    const document = openApiDocument() as {
      servers: Array<{ url: string }>;
      security: unknown[];
      paths: Record<string, Record<string, { security: unknown[]; responses: Record<string, unknown> }>>;
    };
    assert.deepEqual(document.paths['/v1/devices/register']!.post!.security, []);
    assert.deepEqual(document.security, [{ deviceToken: [] }]);
    assert.ok(document.servers.some((server) => server.url.startsWith('https://')));
    const statuses = (path: string) => Object.keys(document.paths[path]!.post!.responses);
    assert.ok(statuses('/v1/devices/register').includes('403'));
    assert.ok(['404', '409'].every((status) => statuses('/v1/bills/fetch').includes(status)));
    assert.ok(statuses('/v1/payments/{clientTxnId}/reversal-requests').includes('404'));
  });

  it('has the gateway tests’ client refuse an answer whose status or body the document does not allow', () => {
    const wallet = { balance: 100, currency: 'INR', lowBalanceThreshold: 0, commissionToday: 0, commissionThisMonth: 0, asOf: '2026-11-24T05:00:00.000Z' };
    checkDocumented(endpoints.wallet, 200, wallet);
    checkDocumented(endpoints.wallet, 401, { error: { code: 'UNAUTHORIZED', message: 'Register again.' } });
    assert.throws(() => checkDocumented(endpoints.wallet, 200, { ...wallet, balance: 'a lot' }), /does not allow/);
    assert.throws(() => checkDocumented(endpoints.wallet, 418, {}), /does not list/);
    assert.throws(() => checkDocumented(endpoints.register, 401, { error: { code: 'UNAUTHORIZED', message: 'x' } }), /does not list/);
  });
});

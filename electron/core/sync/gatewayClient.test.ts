import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startTestGateway, TEST_AGENT } from '../../../gateway/testing/testGateway';
import { RokadError } from '../../../shared/errors';
import { indiaDate } from '../../../shared/time';
import { tempDataDir } from '../testing/tempDataDir';
import { checkGatewayUrl, createGatewayClient, GatewayError } from './gatewayClient';

function answering(status: number, body: string): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

const wallet = (fields: Record<string, unknown>) =>
  JSON.stringify({ balance: 100_000, currency: 'INR', lowBalanceThreshold: 0, commissionToday: 0, commissionThisMonth: 0, asOf: '2026-11-24T06:30:00.000Z', ...fields });

const failsWith = (code: string, transient: boolean) => (error: unknown) => error instanceof GatewayError && error.code === code && error.transient === transient;

describe('gateway client', () => {
  it('allows https anywhere and plain http only to this computer', () => {
    assert.equal(checkGatewayUrl('https://gateway.example.in').origin, 'https://gateway.example.in');
    for (const local of ['http://127.0.0.1:8787', 'http://localhost:1', 'http://[::1]:8080']) assert.ok(checkGatewayUrl(local));
    for (const bad of ['http://gateway.example.in', 'http://10.0.0.5', 'ftp://127.0.0.1', 'not a url']) {
      assert.throws(
        () => checkGatewayUrl(bad),
        (error: unknown) => error instanceof RokadError && error.code === 'GATEWAY_URL',
      );
    }
  });

  it('reads a well-formed answer', async () => {
    const client = createGatewayClient({ baseUrl: 'http://127.0.0.1:1', deviceToken: 't', fetch: answering(200, wallet({})) });
    assert.equal((await client.wallet()).balance, 100_000);
  });

  it('turns a malformed answer into an error, never a wrong balance', async () => {
    for (const body of [wallet({ balance: 1000.5 }), wallet({ balance: '1000' }), wallet({ currency: 'USD' }), '<html>Bad gateway</html>', '', 'null']) {
      const client = createGatewayClient({ baseUrl: 'http://127.0.0.1:1', deviceToken: 't', fetch: answering(200, body) });
      await assert.rejects(client.wallet(), failsWith('GATEWAY_MALFORMED', true), body);
    }
  });

  it('passes on the gateway’s refusal and marks server errors as transient', async () => {
    const refusal = JSON.stringify({ error: { code: 'UNAUTHORIZED', message: 'Register again.' } });
    await assert.rejects(createGatewayClient({ baseUrl: 'http://127.0.0.1:1', deviceToken: 't', fetch: answering(401, refusal) }).wallet(), failsWith('UNAUTHORIZED', false));
    await assert.rejects(createGatewayClient({ baseUrl: 'http://127.0.0.1:1', deviceToken: 't', fetch: answering(502, 'oops') }).wallet(), failsWith('GATEWAY_ERROR', true));
  });

  it('passes on a refusal code Rokad does not know as GATEWAY_REFUSED, with the gateway’s sentence', async () => {
    const refusal = JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Slow down.' } });
    await assert.rejects(
      createGatewayClient({ baseUrl: 'http://127.0.0.1:1', deviceToken: 't', fetch: answering(400, refusal) }).wallet(),
      (error: unknown) => failsWith('GATEWAY_REFUSED', false)(error) && (error as Error).message === 'Slow down.',
    );
  });

  it('gives up after the timeout and says so', async () => {
    const never: typeof fetch = (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    await assert.rejects(createGatewayClient({ baseUrl: 'http://127.0.0.1:1', deviceToken: 't', timeoutMs: 20, fetch: never }).wallet(), failsWith('GATEWAY_TIMEOUT', true));
  });

  it('refuses to call an authenticated endpoint before registration', async () => {
    await assert.rejects(createGatewayClient({ baseUrl: 'http://127.0.0.1:1' }).wallet(), failsWith('NOT_REGISTERED', false));
  });
});

describe('gateway client against the reference gateway', () => {
  it('takes its refusal of a malformed request as final, not to be sent again', async () => {
    const now = new Date('2026-11-24T06:30:00Z');
    const folder = tempDataDir('rokad-gateway-');
    const gateway = await startTestGateway(folder.dir, { today: indiaDate(now), consumers: 20, now: () => now });
    try {
      const { deviceToken } = await createGatewayClient({ baseUrl: gateway.url }).register({
        registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
        cabinCode: 'BPL-07',
        deviceName: 'Cabin 7 PC',
      });
      const client = createGatewayClient({ baseUrl: gateway.url, deviceToken });
      const bad = await client.uploadBatch({ batchId: 'not-a-uuid', payments: [] }).catch((error: unknown) => error);
      assert.ok(bad instanceof GatewayError && bad.code === 'INVALID_REQUEST' && !bad.transient);
    } finally {
      await gateway.close();
      folder.remove();
    }
  });
});

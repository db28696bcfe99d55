import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Core } from '../../shared/ipc/dispatch';
import { createCore } from './createCore';
import { callCore } from './testing/callCore';
import { createServices, type Services } from './createServices';
import { openCounter, PEOPLE } from './testing/seedCounter';
import { tempDataDir } from './testing/tempDataDir';

const valid = () => ({
  clientTxnId: randomUUID(),
  consumerNo: 'N3330008565',
  billNumber: 'B2611-000451',
  amountPaise: 124_550,
  tenderedPaise: 130_000,
});

describe('the handler map behind every transport', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  const silent = () => {};

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => new Date('2026-11-24T06:30:00Z') });
    core = createCore(services);
    openCounter(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const ledgerRows = () => services.db.prepare('SELECT count(*) FROM ledger').pluck().get();

  it('looks up a bill by a consumer number typed in lower case with spaces around it', async () => {
    const result = await dispatch(core, 'bills.lookup', { consumerNo: '  n3330008565 ' });
    assert.ok(result.ok);
    assert.deepEqual((result.value as { amountToCollectPaise: number }).amountToCollectPaise, 124_550);
  });

  it('answers a consumer number that matches no bill with a clear message and its facts for the Hindi screen', async () => {
    const result = await dispatch(core, 'bills.lookup', { consumerNo: 'N0000000000' });
    assert.deepEqual(result, {
      ok: false,
      error: {
        code: 'NO_BILL',
        message: 'No bill found for consumer number N0000000000. Check the number on the bill and try again.',
        params: { consumerNo: 'N0000000000' },
      },
    });
  });

  it('records a valid payment', async () => {
    const result = await dispatch(core, 'payments.record', valid());
    assert.ok(result.ok);
    assert.equal(ledgerRows(), 1);
  });

  const broken: Array<[string, unknown, RegExp]> = [
    ['no input at all', undefined, /expected object/i],
    ['a string instead of an object', 'pay please', /expected object/i],
    ['amount in rupees with a fraction of a paisa', { ...valid(), amountPaise: 1245.5 }, /whole number of paise\./],
    ['amount as text', { ...valid(), amountPaise: '124550' }, /must be a number of paise\./],
    ['negative cash', { ...valid(), tenderedPaise: -1 }, /cannot be negative\./],
    ['an absurdly large amount', { ...valid(), tenderedPaise: 1e15 }, /too large for a cash payment\./],
    ['a zero amount', { ...valid(), amountPaise: 0 }, /more than zero\./],
    ['an id that is not a UUID', { ...valid(), clientTxnId: '1; DROP TABLE ledger' }, /UUID made by the app\./],
    ['a consumer number with symbols', { ...valid(), consumerNo: "N33'--" }, /6 to 20 letters and digits, for example N3330008565\./],
    ['an extra field the contract does not know', { ...valid(), walletDebit: 0 }, /walletDebit/],
  ];
  for (const [what, input, message] of broken) {
    it(`refuses ${what} before any handler runs, and writes nothing`, async () => {
      const result = await dispatch(core, 'payments.record', input, silent);
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.error.code === 'INVALID_INPUT', JSON.stringify(result));
      assert.match(!result.ok ? result.error.message : '', message);
      assert.equal(ledgerRows(), 0);
    });
  }

  it('refuses a channel the contract does not have, including inherited property names', async () => {
    for (const channel of ['ledger.delete', '__proto__', 'toString', 42]) {
      const result = await dispatch(core, channel, {});
      assert.deepEqual(result.ok ? null : result.error.code, 'UNKNOWN_CHANNEL');
    }
  });

  it('hides internal failures behind a message that says retrying is safe', async () => {
    const failing = {
      ...core,
      handlers: {
        ...core.handlers,
        'app.info': () => {
          throw new Error('disk on fire at /secret/path');
        },
      },
    };
    const logged: string[] = [];
    const result = await dispatch(failing, 'app.info', {}, (message) => logged.push(message));
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'INTERNAL');
    assert.doesNotMatch(result.error.message, /secret/);
    assert.deepEqual(logged, ['Handler app.info failed']);
  });

  it('refuses a void from an agent’s session with no supervisor PIN, or with the agent’s own PIN', async () => {
    const paid = await dispatch(core, 'payments.record', valid());
    assert.ok(paid.ok);
    const receiptNo = (paid.value as { receiptNo: string }).receiptNo;

    const withoutPin = await dispatch(core, 'payments.void', { receiptNo, reason: 'Wrong consumer' });
    assert.deepEqual(withoutPin.ok ? null : withoutPin.error.code, 'INVALID_INPUT');
    const ownPin = await dispatch(core, 'payments.void', {
      receiptNo,
      reason: 'Wrong consumer',
      approval: { supervisorId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin },
    });
    assert.deepEqual(ownPin.ok ? null : ownPin.error.code, 'NOT_SUPERVISOR');
    assert.equal(services.db.prepare(`SELECT count(*) FROM ledger WHERE kind = 'VOID'`).pluck().get(), 0);

    const approved = await dispatch(core, 'payments.void', {
      receiptNo,
      reason: 'Wrong consumer',
      approval: { supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin },
    });
    assert.ok(approved.ok);
  });

  it('refuses to take payments when nobody is signed in', async () => {
    await dispatch(core, 'session.signOut', {});
    const result = await dispatch(core, 'payments.record', valid());
    assert.deepEqual(result.ok ? null : result.error.code, 'SIGNED_OUT');
    assert.equal(ledgerRows(), 0);
  });

  it('lets the first supervisor be created only while there are no users', async () => {
    const result = await dispatch(core, 'setup.firstSupervisor', { userId: 'intruder', name: 'Intruder', pin: '9999' });
    assert.deepEqual(result.ok ? null : result.error.code, 'NOT_FIRST_RUN');
    assert.equal(services.users.find('intruder'), undefined);
  });

  it('keeps the user list for supervisors', async () => {
    const result = await dispatch(core, 'users.list', {});
    assert.deepEqual(result.ok ? null : result.error.code, 'NOT_ALLOWED');
  });
});

describe("the operating system's folder picker", () => {
  it('is offered to a supervisor where the shell has one, and to nobody where it has none', async () => {
    const folder = tempDataDir();
    // Electron's dialog cannot open here: this stand-in answers as a person picking a USB stick would.
    const withPicker = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', chooseFolder: async () => '/media/usb-stick' });
    try {
      const core = createCore(withPicker);
      openCounter(withPicker);
      assert.equal((await callCore(core, 'app.info', {})).canChooseFolder, true);
      const asAgent = await dispatch(core, 'app.chooseFolder', {});
      assert.equal(!asAgent.ok && asAgent.error.code, 'NOT_ALLOWED');
      withPicker.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      assert.deepEqual(await dispatch(core, 'app.chooseFolder', {}), { ok: true, value: { available: true, folder: '/media/usb-stick' } });
    } finally {
      withPicker.close();
      folder.remove();
    }
  });

  it('says there is none in a plain browser, so the window offers only the typed path', async () => {
    const folder = tempDataDir();
    const services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07' });
    try {
      openCounter(services);
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      const core = createCore(services);
      assert.equal((await callCore(core, 'app.info', {})).canChooseFolder, false);
      assert.deepEqual(await callCore(core, 'app.chooseFolder', {}), { available: false, folder: null });
    } finally {
      services.close();
      folder.remove();
    }
  });
});

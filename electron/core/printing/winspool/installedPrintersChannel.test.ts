import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createCore } from '../../createCore';
import { createServices, type Services } from '../../createServices';
import { callCore } from '../../testing/callCore';
import { PEOPLE, seedPeople } from '../../testing/seedCounter';
import { tempDataDir } from '../../testing/tempDataDir';
import { createSpoolerDriver } from './spoolerDriver';
import { standInWinspool } from './standInWinspool';
import { PRINTER_STATUS } from './winspool';

describe('the printer screen’s list of installed printers (printer.installed)', () => {
  const folder = tempDataDir('rokad-installed-');
  let services: Services | undefined;
  afterEach(() => {
    services?.close();
    folder.remove();
  });

  function signedInSupervisor(spoolerDriver?: ReturnType<typeof createSpoolerDriver>) {
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', ...(spoolerDriver ? { spoolerDriver } : {}) });
    seedPeople(services);
    services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    return createCore(services);
  }

  it('lists what the spooler has installed (a STAND-IN of winspool.drv here), by name, with whether each is ready', async () => {
    const spooler = standInWinspool([
      { name: 'TVS RP3160 Gold', port: 'USB002', status: PRINTER_STATUS.OFFLINE, attributes: 0, jobs: 0, takes: 'at-once' },
      { name: 'EPSON TM-T82 Receipt', port: 'USB001', status: 0, attributes: 0, jobs: 0, takes: 'at-once' },
    ]);
    const core = signedInSupervisor(createSpoolerDriver(spooler.api));
    assert.deepEqual(await callCore(core, 'printer.installed', {}), {
      spooler: true,
      printers: [
        { name: 'EPSON TM-T82 Receipt', port: 'USB001', ready: true },
        { name: 'TVS RP3160 Gold', port: 'USB002', ready: false },
      ],
    });
  });

  it('says there is no spooler where this Rokad has none (Linux, or koffi could not load)', async () => {
    assert.deepEqual(await callCore(signedInSupervisor(), 'printer.installed', {}), { spooler: false, printers: [] });
  });
});

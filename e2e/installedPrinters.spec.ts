import { createSpoolerDriver } from '../electron/core/printing/winspool/spoolerDriver';
import { standInWinspool } from '../electron/core/printing/winspool/standInWinspool';
import { PRINTER_STATUS } from '../electron/core/printing/winspool/winspool';
import { openSupervisorSection, LANGUAGES } from './harness/counterSteps';
import { openCounterAsSupervisor } from './harness/gatewayCabin';
import { expect, test } from './harness/rokadTest';

/** Windows' spooler cannot run here: a STAND-IN of winspool.drv with a USB receipt printer ready and one switched off. */
const spooler = standInWinspool([
  { name: 'EPSON TM-T82 Receipt', port: 'USB001', status: 0, attributes: 0, jobs: 0, takes: 'at-once' },
  { name: 'TVS RP3160 Gold', port: 'USB002', status: PRINTER_STATUS.OFFLINE, attributes: 0, jobs: 0, takes: 'at-once' },
]);

test.use({ counterOpen: false, spoolerDriver: createSpoolerDriver(spooler.api) });

for (const language of LANGUAGES) {
  test(`the printer screen lists the printers Windows has installed, and a tap on one fills the address (${language})`, async ({ rokad }) => {
    await openCounterAsSupervisor(rokad, language);
    const { page } = rokad;
    await openSupervisorSection(page, 'printer');
    const printers = page.getByTestId('installed-printer');
    await expect(printers).toHaveCount(2);
    await expect(printers.first()).toContainText('EPSON TM-T82 Receipt');
    await expect(printers.nth(1)).toContainText('USB002');
    await rokad.screenshot(`${language}-64-installed-printers`);
    await printers.first().click();
    await expect(page.locator('#printer-address')).toHaveValue('printer:EPSON TM-T82 Receipt');
  });
}

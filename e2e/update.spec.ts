import type { Updater } from '../electron/core/app/updateGate';
import { OPENING_FLOAT, PEOPLE, seedPeople } from '../electron/core/testing/seedCounter';
import { openSupervisorSection, speak, LANGUAGES } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

/** electron-updater cannot run in Chromium: this stands in with a downloaded 0.2.0 and counts the installs asked of it. */
const installs: string[] = [];
const downloaded: Updater = { state: () => ({ stage: 'ready', version: '0.2.0' }), install: () => void installs.push('0.2.0') };

test.use({ counterOpen: false, updater: downloaded });
test.beforeEach(() => void installs.splice(0));

for (const language of LANGUAGES) {
  test(`a downloaded update waits for the open shift, then installs when the supervisor presses install (${language})`, async ({ rokad }) => {
    const { page, services } = rokad;
    seedPeople(services);
    const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    services.shifts.open(supervisor, OPENING_FLOAT);
    await page.reload();
    await expect(page.locator('#consumer-no')).toBeFocused();
    await speak(page, language);
    await openSupervisorSection(page, 'update');
    await expect(page.getByTestId('update-stage')).toContainText('0.2.0');
    await expect(page.getByTestId('update-waits')).toContainText(language === 'hi' ? 'हर शिफ्ट बंद होने का' : 'every shift to be closed');
    await page.getByTestId('update-panel').getByRole('button').click();
    await expect(page.getByTestId('update-waits')).toBeVisible();
    await rokad.screenshot(`${language}-62-update-waits`);
    expect(installs).toEqual([]);

    // The day is closed (F9 in the cabin): nothing the restart would cut off.
    services.shifts.close(supervisor, OPENING_FLOAT, null, null);
    await page.getByTestId('update-panel').getByRole('button').click();
    await expect(page.getByTestId('update-panel')).toContainText(language === 'hi' ? 'अपने आप फिर खुलेगा' : 'starts again by itself');
    await expect(page.getByTestId('update-waits')).toHaveCount(0);
    await rokad.screenshot(`${language}-63-update-installing`);
    expect(installs).toEqual(['0.2.0']);
  });
}

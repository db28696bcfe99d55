import { startTestGateway, TEST_AGENT, type TestGateway } from '../gateway/testing/testGateway';
import { registerDevice } from '../electron/core/sync/syncCycle';
import { setSetting } from '../electron/core/settings/settings';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { indiaDate } from '../shared/time';
import { LANGUAGES, speak, takePayment } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

let gateway: TestGateway;
let gatewayDir: ReturnType<typeof tempDataDir>;

test.beforeEach(async () => {
  gatewayDir = tempDataDir('rokad-e2e-gateway-');
  gateway = await startTestGateway(gatewayDir.dir, { today: indiaDate(new Date()), consumers: 50, topUpPaise: 5_000_000 });
});

test.afterEach(async () => {
  await gateway.close();
  gatewayDir.remove();
});

const say = {
  en: { online: 'Online · 0 waiting to upload', offline: 'Offline · 1 waiting to upload', syncing: 'Syncing', bills: /Bills 1000 of 4000 · about 3 minutes left/ },
  hi: { online: 'ऑनलाइन · 0 अपलोड होना बाकी', offline: 'ऑफ़लाइन · 1 अपलोड होना बाकी', syncing: 'सिंक हो रहा है', bills: /बिल 1000 \/ 4000 · लगभग 3 मिनट बाकी/ },
};

for (const language of LANGUAGES) {
  test(`the top bar shows online, offline or syncing with the payments waiting, and the bill download's progress (${language})`, async ({ rokad }) => {
    const { page, services } = rokad;
    await registerDevice(services.db, services.deviceToken, {
      gatewayUrl: gateway.url,
      registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
      cabinCode: 'E2E-01',
      deviceName: 'e2e',
    });
    await speak(page, language);
    await services.sync.runNow();
    const badge = page.getByTestId('sync-badge');
    await expect(badge).toHaveText(say[language].online);
    await expect(badge).toHaveAttribute('data-state', 'online');

    await gateway.close();
    await takePayment(page, '1234567890', '410');
    await services.sync.runNow();
    await expect(badge).toHaveText(say[language].offline);
    await rokad.screenshot(`${language}-46-badge-offline`);

    // A round under way, as the sync worker writes it page by page (its own writing is proven in syncProgress.test.ts).
    const start = Date.now();
    setSetting(services.db, 'sync_round_started_at', new Date(start).toISOString());
    setSetting(
      services.db,
      'bill_master_progress',
      JSON.stringify({ done: 1000, total: 4000, startedAt: new Date(start - 60_000).toISOString(), at: new Date(start).toISOString() }),
    );
    await expect(badge).toHaveAttribute('data-state', 'syncing');
    await expect(badge).toContainText(say[language].syncing);
    await expect(page.getByTestId('bill-download')).toHaveText(say[language].bills);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(page.getByTestId('bill-download')).toBeInViewport({ ratio: 1 });
    await rokad.screenshot(`${language}-47-bill-download-1024x768`);
    // Restarted for afterEach, which closes it.
    gateway = await startTestGateway(gatewayDir.dir, { today: indiaDate(new Date()), consumers: 50, topUpPaise: 5_000_000 });
  });
}

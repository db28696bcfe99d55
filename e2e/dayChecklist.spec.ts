import { OPENING_FLOAT, PEOPLE, seedPeople } from '../electron/core/testing/seedCounter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { LANGUAGES, speak } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

const say = {
  en: { open: /Still open: .*Meena Singh/, allDone: 'Everything for the day is done.', noBackup: 'No backup yet.', lastBackup: /^Last backup: / },
  hi: { open: /अभी खुली: .*मीना सिंह/, allDone: 'दिन का सारा काम पूरा है।', noBackup: 'अभी तक कोई बैकअप नहीं।', lastBackup: /^पिछला बैकअप: / },
};

for (const language of LANGUAGES) {
  test.describe(`the end-of-day checklist in ${language === 'hi' ? 'Hindi' : 'English'}`, () => {
    test.use({ counterOpen: false });

    test('an open shift and no export are not done, each leads to its screen, and both are done after closing the shift and exporting', async ({ rokad }) => {
      const { page } = rokad;
      seedPeople(rokad.services);
      const supervisor = rokad.services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      rokad.services.shifts.open(supervisor, OPENING_FLOAT);
      await page.reload();
      await expect(page.locator('#consumer-no')).toBeFocused();
      await speak(page, language);

      await page.keyboard.press('F7');
      const checklist = page.getByTestId('day-checklist');
      await expect(checklist.getByTestId('check-shifts')).toHaveAttribute('data-done', 'false');
      await expect(checklist.getByTestId('check-shifts')).toContainText(say[language].open);
      await expect(checklist.getByTestId('check-export')).toHaveAttribute('data-done', 'false');
      await expect(checklist.getByTestId('check-uploads')).toHaveAttribute('data-done', 'true');
      await expect(checklist.getByTestId('check-refusals')).toHaveAttribute('data-done', 'true');
      await rokad.screenshot(`${language}-45-day-checklist-open`);

      await checklist.getByTestId('check-shifts-go').click();
      await expect(page.getByTestId('close-shift')).toBeVisible();
      rokad.services.shifts.close(supervisor, OPENING_FLOAT, null, null);

      await page.keyboard.press('F7');
      await checklist.getByTestId('check-export-go').click();
      await expect(page.getByTestId('export-panel')).toBeInViewport();
      const stick = tempDataDir('rokad-e2e-stick-');
      try {
        await page.locator('#export-folder').fill(stick.dir);
        await page.getByTestId('export-button').click();
        await expect(page.getByTestId('export-result')).toBeVisible();
        // Closing the shift takes a backup in the background; Refresh reads the checklist again until it is logged.
        await expect(async () => {
          await page.getByTestId('day-refresh').click();
          await expect(checklist.getByTestId('checklist-all-done')).toHaveText(say[language].allDone, { timeout: 1_000 });
        }).toPass({ timeout: 15_000 });
        for (const item of ['check-shifts', 'check-uploads', 'check-refusals', 'check-export', 'check-backup'])
          await expect(checklist.getByTestId(item)).toHaveAttribute('data-done', 'true');
        await page.getByTestId('day-checklist').scrollIntoViewIfNeeded();
        await rokad.screenshot(`${language}-46-day-checklist-done`);
      } finally {
        stick.remove();
      }
    });

    test('a backup taken in the background while F7 is open shows in the backup panel when the checklist is read again', async ({ rokad }) => {
      const { page } = rokad;
      seedPeople(rokad.services);
      const supervisor = rokad.services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      rokad.services.shifts.open(supervisor, OPENING_FLOAT);
      await page.reload();
      await expect(page.locator('#consumer-no')).toBeFocused();
      await speak(page, language);
      await page.keyboard.press('F7');
      const checklist = page.getByTestId('day-checklist');
      const panel = page.getByTestId('backup-panel');
      await expect(checklist.getByTestId('check-backup')).toHaveAttribute('data-done', 'false');
      await expect(panel.getByTestId('last-backup')).toHaveText(say[language].noBackup);

      // The shift is closed elsewhere (another window, the handover): its backup runs in the background.
      rokad.services.shifts.close(supervisor, OPENING_FLOAT, null, null);
      await rokad.services.backups.idle();
      await page.getByTestId('day-refresh').click();

      await expect(checklist.getByTestId('check-backup')).toHaveAttribute('data-done', 'true');
      await expect(panel.getByTestId('last-backup')).toHaveText(say[language].lastBackup);
      await expect(panel.locator('tbody tr')).toHaveCount(1);
      await panel.scrollIntoViewIfNeeded();
      await rokad.screenshot(`${language}-47-backup-panel-after-background-backup`);
    });
  });
}

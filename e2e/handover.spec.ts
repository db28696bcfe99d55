import { OPENING_FLOAT, PEOPLE } from '../electron/core/testing/seedCounter';
import { LANGUAGES, speak } from './harness/counterSteps';
import { expect, test } from './harness/rokadTest';

const INCOMING = { userId: 'sunita.p', name: 'सुनीता पटेल / Sunita Patel', pin: '8642', role: 'AGENT' } as const;
const say = { en: /Wrong user id or PIN/, hi: /यूज़र आईडी या पिन/ };

for (const language of LANGUAGES) {
  test(`F9 hands the counted drawer to the next agent, a wrong PIN changing nothing (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    rokad.services.users.insert({ ...INCOMING, createdBy: null }, rokad.services.now());
    await speak(page, language);
    await page.keyboard.press('F9');
    await page.getByTestId('ending-handover').check();
    for (const [note, n] of Object.entries(OPENING_FLOAT)) await page.getByTestId(`close-${note}`).fill(String(n));
    await page.locator('#handover-outgoing-pin').fill(PEOPLE.agent.pin);
    await page.locator('#handover-incoming-id').fill(INCOMING.userId);
    await page.locator('#handover-incoming-pin').fill('0000');
    await page.getByTestId('handover-button').click();
    await expect(page.getByTestId('handover-error')).toContainText(say[language]);
    expect(rokad.readLedger('SELECT user_id FROM shifts')).toEqual([{ user_id: PEOPLE.agent.userId }]);
    await rokad.screenshot(`${language}-35-handover`);

    await page.locator('#handover-incoming-pin').fill(INCOMING.pin);
    await page.getByTestId('handover-button').click();
    // The outgoing Z stays on screen until it is left; then the counter is the incoming agent's, and F9 shows their shift, opened on the cash just counted.
    await expect(page.getByTestId('z-report')).toContainText('Ravi Kushwaha');
    await page.getByTestId('leave-report').click();
    await page.keyboard.press('F9');
    await expect(page.getByTestId('close-shift')).toContainText('Sunita Patel');
    expect(
      rokad.readLedger('SELECT s.user_id, s.opening_float_paise AS float, c.counted_paise AS counted FROM shifts s LEFT JOIN shift_closes c USING (shift_id) ORDER BY opened_at'),
    ).toEqual([
      { user_id: PEOPLE.agent.userId, float: 100_000, counted: 100_000 },
      { user_id: INCOMING.userId, float: 100_000, counted: null },
    ]);
  });
}

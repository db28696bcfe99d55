import { findBill, LANGUAGES, speak, takePayment } from './harness/counterSteps';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/rokadTest';

/** Only what the screen shows without scrolling: that is what these tests are about. */
const shot = (page: Page, name: string) => page.screenshot({ path: join(resolve(__dirname, 'artifacts/screenshots'), `${name}.png`) });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

const SUPERVISOR = { id: 'meena.s', pin: '2468' };

/** In the viewport and not under the action bar that stays at the foot of the screen. */
const clearOfActionBar = (page: Page, selector: string) =>
  page.evaluate((field) => {
    const box = document.querySelector(field)!.getBoundingClientRect();
    const bar = document.querySelector('.action-bar')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= bar.top;
  }, selector);

/** Each screen's main action and its message, seen without scrolling on the cabin's small screens. */
for (const language of LANGUAGES) {
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}`;
    test.describe(`${at} in ${language === 'hi' ? 'Hindi' : 'English'}`, () => {
      test.use({ viewport: size });

      test('a repeat payment: the refusal and the take-payment button are both on screen', async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        await takePayment(page, 'N3330008565', '1245.50');
        await findBill(page, 'N3330008565');
        await page.keyboard.type('1245.50');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('error')).toBeVisible();
        await expect(page.getByTestId('error')).toBeInViewport({ ratio: 1 });
        await expect(page.getByTestId('confirm-repeat')).toBeInViewport({ ratio: 1 });
        await expect(page.locator('.desk button.primary')).toBeInViewport({ ratio: 1 });
        await shot(page, `${language}-50-repeat-${at}`);
      });

      test('a refused mobile: the cursor goes to it, shown clear of the refusal and the take-payment button', async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        await findBill(page, 'N3330008565');
        await page.keyboard.type('1245.50');
        const mobile = page.locator('#consumer-mobile');
        // Tabbing into the field scrolls it out from under the bar at the foot of the screen.
        await mobile.focus();
        await expect.poll(() => clearOfActionBar(page, '#consumer-mobile')).toBe(true);
        await mobile.fill('12345');
        await page.locator('#cash').focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('error')).toBeVisible();
        await expect(mobile).toBeFocused();
        await expect.poll(() => clearOfActionBar(page, '#consumer-mobile')).toBe(true);
        for (const shown of [mobile, page.getByTestId('error'), page.locator('.desk button.primary')]) {
          await expect(shown).toBeInViewport({ ratio: 1 });
        }
        expect(rokad.readLedger<{ n: number }>('SELECT count(*) AS n FROM ledger')[0]?.n).toBe(0);
        await shot(page, `${language}-56-mobile-refused-${at}`);
      });

      test('the void form: reason, approval, the refusal and the void button are on screen', async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        const receiptNo = await takePayment(page, '1234567890', '410');
        await takePayment(page, 'N3330008565', '1245.50');
        await page.keyboard.press('F4');
        await page.getByTestId(`receipt-row-${receiptNo}`).getByTestId('void-receipt').click();
        await page.locator('#void-reason').fill('Typed the wrong consumer');
        await page.locator('#void-supervisor').fill(SUPERVISOR.id);
        await page.locator('#void-supervisor-pin').fill('0000');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('void-error')).toBeVisible();
        await expect.poll(() => clearOfActionBar(page, '#void-supervisor-pin')).toBe(true);
        await expect(page.getByTestId('void-error')).toBeInViewport({ ratio: 1 });
        await expect(page.getByTestId('void-form').locator('button.primary')).toBeInViewport({ ratio: 1 });
        await shot(page, `${language}-51-void-${at}`);
      });

      test('closing with a difference: the note, the approval, the figures and the close button are on screen', async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        await takePayment(page, '1234567890', '410');
        await page.keyboard.press('F9');
        await page.getByTestId('close-N500').fill('2');
        await page.getByTestId('close-N200').fill('2');
        await expect(page.locator('#close-note')).toBeVisible();
        await page.locator('#close-note').fill('Short');
        await page.locator('#close-supervisor').fill(SUPERVISOR.id);
        await page.locator('#close-supervisor-pin').fill('0000');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('close-error')).toBeVisible();
        await expect.poll(() => clearOfActionBar(page, '#close-supervisor-pin')).toBe(true);
        await expect(page.getByTestId('close-error')).toBeInViewport({ ratio: 1 });
        await expect(page.getByTestId('close-difference')).toBeInViewport({ ratio: 1 });
        await expect(page.getByTestId('close-shift').locator('button.primary')).toBeInViewport({ ratio: 1 });
        await shot(page, `${language}-52-close-${at}`);
      });

      test('a cash move: the amount and the record button are on screen', async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        await page.keyboard.press('F6');
        await expect(page.getByTestId('cash-move').locator('button.primary')).toBeInViewport({ ratio: 1 });
        await shot(page, `${language}-53-cash-move-${at}`);
      });

      test("a cash out: the supervisor's countersignature, the refusal and the record button are on screen", async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        await page.keyboard.press('F6');
        await page.locator('#move-amount').fill('500');
        await page.locator('#move-supervisor').fill(SUPERVISOR.id);
        await page.locator('#move-supervisor-pin').fill('0000');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('move-error')).toBeVisible();
        await expect.poll(() => clearOfActionBar(page, '#move-supervisor-pin')).toBe(true);
        for (const shown of [page.locator('#move-supervisor-pin'), page.getByTestId('move-error'), page.getByTestId('cash-move').locator('button.primary')]) {
          await expect(shown).toBeInViewport({ ratio: 1 });
        }
        await shot(page, `${language}-54-cash-out-${at}`);
      });

      test('the handover: the three PINs, the refusal, the figures and the hand-over button are on screen', async ({ rokad }) => {
        const { page } = rokad;
        await speak(page, language);
        await page.keyboard.press('F9');
        await page.getByTestId('ending-handover').check();
        await page.getByTestId('close-N500').fill('2');
        await page.locator('#handover-outgoing-pin').fill('1357');
        await page.locator('#handover-incoming-id').fill('sunita.p');
        await page.locator('#handover-incoming-pin').fill('0000');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('handover-error')).toBeVisible();
        for (const shown of [
          page.locator('#handover-incoming-pin'),
          page.getByTestId('handover-error'),
          page.getByTestId('close-difference'),
          page.getByTestId('handover-button'),
        ]) {
          await expect(shown).toBeInViewport({ ratio: 1 });
        }
        await shot(page, `${language}-55-handover-${at}`);
      });
    });
  }
}

import { fillFirstSupervisor, LANGUAGES, speak } from './harness/counterSteps';
import { SCREEN_SIZES, screenshotAtCabinSizes } from './harness/screenSizes';
import { expect, test } from './harness/rokadTest';

test.use({ counterOpen: false });

/** Each F10 part and the button that does its job. */
const MAIN_ACTIONS = [
  { section: 'training', button: '[data-testid="training-toggle"] button.primary' },
  { section: 'users', button: '[data-testid="users-panel"] button.primary' },
  { section: 'printer', button: '[data-testid="printer-settings"] button.primary' },
  { section: 'gateway', button: '[data-testid="gateway-panel"] button.primary' },
] as const;

for (const language of LANGUAGES) {
  test(`F10 shows one part at a time and each part's main button is on a cabin's screen without scrolling (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    await speak(page, language);
    await fillFirstSupervisor(page, 'Meena Singh');
    // As a supervisor would: F10 once the float screen is there, not while the first-run form is still leaving.
    await expect(page.getByTestId('count-N100')).toBeVisible();
    await page.keyboard.press('F10');
    await expect(page.getByTestId('exceptions-panel')).toBeVisible();
    await expect(page.getByTestId('users-panel')).toHaveCount(0);
    await screenshotAtCabinSizes(page, `${language}-60-supervisor-exceptions`);
    for (const { section, button } of MAIN_ACTIONS) {
      await page.getByTestId(`supervisor-section-${section}`).click();
      await expect(page.getByTestId(`supervisor-section-${section}`)).toHaveAttribute('aria-selected', 'true');
      for (const size of SCREEN_SIZES) {
        await page.setViewportSize(size);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(page.locator(button), `${section} at ${size.width}x${size.height}`).toBeInViewport({ ratio: 1 });
      }
      await screenshotAtCabinSizes(page, `${language}-60-supervisor-${section}`);
    }
  });
}

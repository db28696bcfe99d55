const FIELDS = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Puts the cursor in the first field of the screen on show, or on its main button where it has no field. */
export function focusFirstField(): void {
  // After React has drawn the screen the key asked for.
  setTimeout(() => {
    const desk = document.querySelector('.workspace .desk');
    const target = desk?.querySelector<HTMLElement>(FIELDS) ?? desk?.querySelector<HTMLElement>('button.primary');
    target?.focus();
  }, 0);
}

/** Whether a key press belongs to a field the cashier is typing in. */
export function isTypingField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches(FIELDS);
}

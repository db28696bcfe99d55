import type { View } from './deskStore';

/** The function keys, in the order the shortcut bar shows them. */
export const viewKeys: ReadonlyArray<{ key: string; view: View }> = [
  { key: 'F2', view: 'pay' },
  { key: 'F4', view: 'receipts' },
  { key: 'F6', view: 'cash' },
  { key: 'F7', view: 'day' },
  { key: 'F9', view: 'shift' },
  { key: 'F10', view: 'supervisor' },
];

export const SEARCH_KEY = 'F3';
export const LANGUAGE_KEY = 'F8';
export const LOCK_KEY = 'F12';

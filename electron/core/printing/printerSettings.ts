import { RokadError } from '../../../shared/errors';
import { printerSettingsSchema, type PrinterSettings } from '../../../shared/printing';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

const KEY = 'printer';

export interface PrinterSettingsStore {
  /** Null until a technician has set the printer up. */
  load(): PrinterSettings | null;
  save(settings: PrinterSettings): void;
  /** The settings, or a message that tells the agent to set the printer up. */
  required(): PrinterSettings;
}

export function createPrinterSettingsStore(db: Db): PrinterSettingsStore {
  const read = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  const load = (): PrinterSettings | null => {
    const stored = read.get(KEY) as string | undefined;
    if (stored === undefined) return null;
    // Stored by an older or hand-edited build: treat as unset rather than print somewhere unknown.
    try {
      const parsed = printerSettingsSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };

  return {
    load,
    save: (settings) => {
      write.run(KEY, JSON.stringify(printerSettingsSchema.parse(settings)));
    },
    required: () => {
      const settings = load();
      if (!settings) {
        throw new RokadError('NO_PRINTER', 'No receipt printer is set up yet. Open Printer settings, enter where the printer is and print a test receipt.');
      }
      return settings;
    },
  };
}

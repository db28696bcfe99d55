import { z } from 'zod';
import { parsePrinterAddress, printerAddressText } from './printerAddress';

/**
 * Where the receipt printer is, in one of the forms parsePrinterAddress accepts, written the one
 * way printerAddressText writes it (COM3 for com3, the port 9100 spelled out).
 */
export const printerInterfaceSchema = z
  .string({ error: 'Enter where the printer is.' })
  .trim()
  .min(1, { error: 'Enter where the printer is.' })
  .max(200)
  .transform((text, context) => {
    const parsed = parsePrinterAddress(text);
    if (parsed.ok) return printerAddressText(parsed.address);
    context.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });

export const PAPER_WIDTHS = { '58mm': 384, '80mm': 576 } as const;

export const printerSettingsSchema = z
  .object({
    interface: printerInterfaceSchema,
    /** Dots across the paper: 576 for 80 mm, 384 for 58 mm, or what the printer's manual says. */
    widthDots: z
      .number()
      .int()
      .min(256, { error: 'The paper width is at least 256 dots.' })
      .max(832, { error: 'The paper width is at most 832 dots.' })
      .refine((dots) => dots % 8 === 0, { error: 'The paper width in dots must be a multiple of 8.' }),
    timeoutMs: z.number().int().min(1_000).max(30_000),
    /**
     * Ask a network printer for its paper status after each receipt and count the receipt printed
     * only when it answers. Turn off only for a printer that never answers: then a receipt counts
     * as printed once it was sent.
     */
    waitForStatus: z.boolean(),
  })
  .strict();

export type PrinterSettings = z.infer<typeof printerSettingsSchema>;

export const DEFAULT_PRINTER_SETTINGS: Omit<PrinterSettings, 'interface'> = {
  widthDots: PAPER_WIDTHS['80mm'],
  timeoutMs: 3_000,
  waitForStatus: true,
};

export type PrintJobStatus = 'QUEUED' | 'PRINTED' | 'FAILED';

export interface PrintJobView {
  id: number;
  receiptNo: string;
  copy: 'ORIGINAL' | 'DUPLICATE';
  reprint: number;
  status: PrintJobStatus;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  printedAt: string | null;
}

export interface ReceiptPreview {
  /** data:image/png;base64,… of the very image the printer gets. */
  dataUrl: string;
  widthDots: number;
  heightDots: number;
}

/** What a printer check found, when it found the printer working; a problem comes back as an error. */
export interface PrinterCheck {
  message: string;
}

/** A printer installed in Windows, as the printer screen offers it. */
export interface InstalledPrinter {
  name: string;
  port: string;
  /** Nothing Windows reports (offline, paused, out of paper, a fault) stands in the way of a receipt now. */
  ready: boolean;
}

export interface InstalledPrinters {
  spooler: boolean;
  printers: InstalledPrinter[];
}

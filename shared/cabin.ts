import { z } from 'zod';

/** A cabin code as it is typed on the first-run screen: trimmed, in capitals, 3–16 letters, digits or dashes. */
export const cabinCodeSchema = z
  .string({ error: 'Enter the cabin’s code.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{3,16}$/, { error: 'The cabin code is 3 to 16 capital letters, digits or dashes, for example BPL-ATP-07.' });

/** The folder for the ledger, when the first-run screen offers to change it: a whole path, checked in the core. */
export const dataFolderSchema = z
  .string({ error: 'Type the folder for the ledger.' })
  .trim()
  .min(1, { error: 'Type the folder for the ledger, or keep the one shown.' })
  .max(400, { error: 'That folder path is too long: choose a folder nearer the start of the disk.' });

export const cabinSetupSchema = z.object({ cabinCode: cabinCodeSchema, dataFolder: dataFolderSchema.optional() }).strict();

import { z } from 'zod';

/** A cabin code as it is typed on the first-run screen: trimmed, in capitals, 3–16 letters, digits or dashes. */
export const cabinCodeSchema = z
  .string({ error: 'Enter the cabin’s code.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{3,16}$/, { error: 'The cabin code is 3 to 16 capital letters, digits or dashes, for example BPL-ATP-07.' });

export const cabinSetupSchema = z.object({ cabinCode: cabinCodeSchema }).strict();

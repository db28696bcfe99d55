/** About the time a consumer waits at a BBPS agent for the biller's answer; a supervisor can change it (F10, gateway). */
export const DEFAULT_APPROVAL_WAIT_MS = 2_000;
/** Past this the counter would feel stuck; a longer setting is read as this. */
export const MAX_APPROVAL_WAIT_MS = 5_000;

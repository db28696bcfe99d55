/** At most `limit` requests per client address in any `windowMs`; what is refused does not count. Kept in memory: a restart forgets. */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const seen = new Map<string, number[]>();
  let lastSweep = now();

  function sweep(at: number): void {
    if (at - lastSweep < options.windowMs) return;
    lastSweep = at;
    for (const [address, times] of seen) if (times.every((time) => at - time >= options.windowMs)) seen.delete(address);
  }

  return {
    /** True if this request may go ahead (and is counted). */
    allow(address: string): boolean {
      const at = now();
      sweep(at);
      const recent = (seen.get(address) ?? []).filter((time) => at - time < options.windowMs);
      if (recent.length >= options.limit) {
        seen.set(address, recent);
        return false;
      }
      recent.push(at);
      seen.set(address, recent);
      return true;
    },
  };
}

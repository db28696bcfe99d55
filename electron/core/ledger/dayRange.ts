/** The UTC instants that bound an India calendar day, for range queries on stored UTC times. */
export function indiaDayRange(isoDate: string): { from: string; to: string } {
  const start = new Date(`${isoDate}T00:00:00+05:30`);
  const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  return { from: start.toISOString(), to: end.toISOString() };
}

/**
 * The top of a money axis: the largest value rounded up to 1, 2 or 5 × a power of ten rupees, so
 * the ticks at a half and the top read as round sums. At least ₹100, so an empty day still draws an axis.
 */
export function niceCeiling(paise: number): number {
  const rupees = Math.max(100, Math.ceil(paise / 100));
  const power = 10 ** Math.floor(Math.log10(rupees));
  const step = [1, 2, 5, 10].find((m) => m * power >= rupees) ?? 10;
  return step * power * 100;
}

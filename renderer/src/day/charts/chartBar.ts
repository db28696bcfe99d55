/** One bar of a money chart: its label on the axis, its height in paise, and the figures shown beside it or on hover. */
export interface ChartBar {
  key: string;
  label: string;
  paise: number;
  detail: string;
}

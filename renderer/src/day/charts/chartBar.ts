/** One bar of a money chart: its label on the axis, its height in paise, and the figures shown beside it or on hover. */
export interface ChartBar {
  key: string;
  label: string;
  paise: number;
  detail: string;
}

/** The drawing width of every chart: the report's width in a 1280-pixel window, so chart text shows at its set size there. */
export const CHART_WIDTH = 1100;

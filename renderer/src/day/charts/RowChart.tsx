import { CHART_WIDTH, type ChartBar } from './chartBar';

const ROW = 34;
const LABEL = 230;
const FIGURES = 200;
const BAR_SPACE = CHART_WIDTH - LABEL - FIGURES;

/** Money per person as rows, longest bar the largest sum, the figures written at each bar's end. */
export function RowChart({ title, bars, testId }: { title: string; bars: ChartBar[]; testId: string }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.paise));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${bars.length * ROW + 4}`} role="img" aria-label={title}>
        {bars.map((bar, index) => {
          const width = (bar.paise / largest) * BAR_SPACE;
          const middle = index * ROW + ROW / 2 + 2;
          return (
            <g key={bar.key}>
              <text className="row-label" x={LABEL - 10} y={middle + 5} textAnchor="end">
                {bar.label}
              </text>
              <rect className="bar" x={LABEL} y={middle - 11} width={width} height={22}>
                <title>{bar.detail}</title>
              </rect>
              <text className="row-figure" x={LABEL + width + 8} y={middle + 5}>
                {bar.detail}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

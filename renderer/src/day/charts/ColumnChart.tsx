import { formatPaise } from '../../../../shared/money';
import { CHART_WIDTH, type ChartBar } from './chartBar';
import { niceCeiling } from './niceCeiling';

const HEIGHT = 220;
const LEFT = 96;
const RIGHT = 8;
const TOP = 16;
const BOTTOM = 44;
const PLOT_WIDTH = CHART_WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const BASELINE = TOP + PLOT_HEIGHT;

/** Money per slot as upright columns on a labelled money axis: the busy hours show at a glance. */
export function ColumnChart({ title, bars, xAxis, yAxis, testId }: { title: string; bars: ChartBar[]; xAxis: string; yAxis: string; testId: string }) {
  const top = niceCeiling(Math.max(0, ...bars.map((bar) => bar.paise)));
  const slot = PLOT_WIDTH / Math.max(1, bars.length);
  const y = (paise: number) => BASELINE - (paise / top) * PLOT_HEIGHT;
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        {title} <span className="muted">{yAxis}</span>
      </figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line className="grid-line" x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {formatPaise(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => (
          <g key={bar.key}>
            <rect className="bar" x={LEFT + index * slot + slot * 0.15} width={slot * 0.7} y={y(bar.paise)} height={BASELINE - y(bar.paise)}>
              <title>{bar.detail}</title>
            </rect>
            <text x={LEFT + index * slot + slot / 2} y={BASELINE + 16} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        ))}
        <text className="axis-title" x={LEFT + PLOT_WIDTH / 2} y={HEIGHT - 4} textAnchor="middle">
          {xAxis}
        </text>
      </svg>
    </figure>
  );
}

import { useId } from 'react';

/** One series of a grouped bar chart (e.g. a plan). */
export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

/** One group of bars (e.g. a severity) with a value per series; null: no data. */
export interface ChartGroup {
  label: string;
  values: Record<string, number | null>;
}

/** Props of BarChart. */
export interface BarChartProps {
  title: string;
  /** A sentence summarising the chart for screen readers. */
  description: string;
  series: readonly ChartSeries[];
  groups: readonly ChartGroup[];
  /** The axis maximum; default the largest value. */
  max?: number;
  /** Labels of values on bars and the axis. */
  format(value: number): string;
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 64;
const BOTTOM = 28;
const TOP = 14;
const TICKS = 4;

/**
 * A grouped vertical bar chart in plain SVG (no chart library): one group
 * per category, one bar per series, value labels on the bars, a legend.
 * It is an image with a title and a description for assistive technology;
 * pages show the same numbers in a table beside it.
 */
export function BarChart({ title, description, series, groups, max, format }: BarChartProps) {
  const id = useId();
  const values = groups
    .flatMap((group) => Object.values(group.values))
    .filter((value): value is number => value !== null);
  const top = max ?? Math.max(1, ...values);
  const plotWidth = WIDTH - LEFT - 8;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const groupWidth = plotWidth / Math.max(1, groups.length);
  const barWidth = Math.min(34, (groupWidth - 16) / Math.max(1, series.length));
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;

  return (
    <figure className="chart-figure">
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {Array.from({ length: TICKS + 1 }, (_, tick) => {
          const value = (top / TICKS) * tick;
          return (
            <g key={tick}>
              <line
                x1={LEFT}
                x2={WIDTH - 8}
                y1={y(value)}
                y2={y(value)}
                className="chart-axis"
                strokeOpacity={tick === 0 ? 1 : 0.35}
              />
              <text x={LEFT - 6} y={y(value) + 4} textAnchor="end">
                {format(value)}
              </text>
            </g>
          );
        })}
        {groups.map((group, groupIndex) => {
          const start =
            LEFT + groupIndex * groupWidth + (groupWidth - barWidth * series.length) / 2;
          return (
            <g key={group.label}>
              {series.map((entry, seriesIndex) => {
                const value = group.values[entry.key];
                const x = start + seriesIndex * barWidth;
                if (value === null || value === undefined) return null;
                return (
                  <g key={entry.key}>
                    <rect
                      x={x + 2}
                      y={y(value)}
                      width={barWidth - 4}
                      height={Math.max(0, TOP + plotHeight - y(value))}
                      fill={entry.colour}
                    />
                    <text
                      x={x + barWidth / 2}
                      y={y(value) - 3}
                      textAnchor="middle"
                      className="chart-value"
                    >
                      {format(value)}
                    </text>
                  </g>
                );
              })}
              <text
                x={LEFT + groupIndex * groupWidth + groupWidth / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {group.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((entry) => (
          <li key={entry.key}>
            <span className="chart-swatch" style={{ background: entry.colour }} />
            {entry.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

import { ArcElement, Chart, DoughnutController, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { formatCount } from '../format';

// Only what a doughnut needs: Chart.js tree-shakes the rest out of the bundle.
Chart.register(DoughnutController, ArcElement, Tooltip);

export interface GaugeNumbers {
  readonly allocation: number;
  readonly purchased: number;
  readonly assigned: number;
}

interface Segment {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
}

export const GAUGE_COLOURS = {
  assigned: '#0f6cbd',
  free: '#8cc3f0',
  purchasable: '#e3e7ec',
  over: '#c50f1f',
} as const;

/**
 * The parts of the free allocation A(N): assigned, bought but free, still purchasable; and, once
 * cancelled Phone System seats shrank A(N), the seats held beyond it, in red.
 */
export function gaugeSegments({ allocation, purchased, assigned }: GaugeNumbers): Segment[] {
  const over = Math.max(0, purchased - allocation);
  const within = purchased - over;
  const assignedWithin = Math.min(assigned, within);
  return [
    { label: 'Assigned', value: assignedWithin, colour: GAUGE_COLOURS.assigned },
    { label: 'Purchased, not assigned', value: within - assignedWithin, colour: GAUGE_COLOURS.free },
    { label: 'Over the allocation', value: over, colour: GAUGE_COLOURS.over },
    { label: 'Can still be bought', value: Math.max(0, allocation - purchased), colour: GAUGE_COLOURS.purchasable },
  ];
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

interface AllocationGaugeProps extends GaugeNumbers {
  readonly size?: 'large' | 'small';
}

/**
 * The Virtual User allocation as a half-ring gauge (Chart.js doughnut). An empty allocation
 * still draws a grey ring, so "not qualified" looks different from "fully used".
 */
export function AllocationGauge({ allocation, purchased, assigned, size = 'large' }: AllocationGaugeProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'doughnut'> | null>(null);
  const segments = gaugeSegments({ allocation, purchased, assigned });
  const empty = segments.every((segment) => segment.value === 0);
  const values = empty ? [1] : segments.map((segment) => segment.value);
  const colours = empty ? [GAUGE_COLOURS.purchasable] : segments.map((segment) => segment.colour);
  const labels = empty ? ['No allocation'] : segments.map((segment) => segment.label);

  useEffect(() => {
    if (canvas.current === null) return undefined;
    const config: ChartConfiguration<'doughnut'> = {
      type: 'doughnut',
      data: { labels, datasets: [{ data: values, backgroundColor: colours, borderWidth: 0 }] },
      options: {
        rotation: -90,
        circumference: 180,
        cutout: '72%',
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 400 },
        plugins: { legend: { display: false }, tooltip: { enabled: !empty } },
      },
    };
    chart.current = new Chart(canvas.current, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // Created once; later numbers update the same chart below, so it animates instead of flashing.
  }, []);

  useEffect(() => {
    const current = chart.current;
    if (current === null) return;
    current.data.labels = labels;
    const dataset = current.data.datasets[0];
    if (dataset !== undefined) {
      dataset.data = values;
      dataset.backgroundColor = colours;
    }
    if (current.options.plugins?.tooltip !== undefined) current.options.plugins.tooltip.enabled = !empty;
    current.update();
  }, [allocation, purchased, assigned]);

  const summary = `${formatCount(purchased)} of ${formatCount(allocation)} free Virtual User licences purchased, ${formatCount(assigned)} assigned`;
  return (
    <div class={`gauge gauge--${size}`}>
      <div class="gauge__canvas">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <div class="gauge__centre" aria-hidden="true">
        <span class="gauge__value">
          {formatCount(purchased)}
          <span class="gauge__of"> / {formatCount(allocation)}</span>
        </span>
        <span class="gauge__caption">purchased of allocation</span>
      </div>
    </div>
  );
}

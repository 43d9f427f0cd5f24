'use client';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// Large ticks and labels: the dashboard is read off a projector.
const TICK = { fontSize: 14, fill: '#334155' };
const BRAND = '#1d4ed8';
const GREEN = '#059669';
const MUTED = '#94a3b8';
const MUTED_GREEN = '#6ee7b7';

/**
 * The charts are pictures of the tables beside them (which hold the same numbers for screen readers and
 * copying), so each is hidden from assistive technology and named by its figure caption.
 */
function ChartFigure({ caption, height, children }: { caption: string; height: number; children: React.ReactElement }) {
  return (
    <figure className="m-0">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{caption}</figcaption>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Leads now in each pipeline stage, as horizontal bars in funnel order. */
export function FunnelChart({ caption, data }: { caption: string; data: { label: string; value: number }[] }) {
  return (
    <ChartFigure caption={caption} height={Math.max(220, data.length * 52)}>
      <BarChart data={data} layout="vertical" margin={{ left: 24, right: 56 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={TICK} />
        <YAxis type="category" dataKey="label" width={96} tick={TICK} />
        <Tooltip />
        <Bar dataKey="value" fill={BRAND} isAnimationActive={false} label={{ position: 'right', fontSize: 16, fill: '#0f172a' }} />
      </BarChart>
    </ChartFigure>
  );
}

/** Two amounts per category (e.g. per chain: contracted, funds in place), as grouped bars. */
export function PairBarChart({ caption, data, labels }: { caption: string; data: { label: string; a: number; b: number }[]; labels: { a: string; b: string } }) {
  return (
    <ChartFigure caption={caption} height={300}>
      <BarChart data={data} margin={{ left: 16, right: 16 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={TICK} interval={0} />
        <YAxis tick={TICK} width={80} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 14 }} />
        <Bar dataKey="a" name={labels.a} fill={BRAND} isAnimationActive={false} />
        <Bar dataKey="b" name={labels.b} fill={GREEN} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

/** This year's and last year's monthly signings and funds in place (万元): solid lines this year, pale last year. */
export function TrendChart({ caption, data, labels }: { caption: string; data: { label: string; signing: number; funds: number; lastSigning: number; lastFunds: number }[]; labels: { signing: string; funds: string; lastSigning: string; lastFunds: string } }) {
  return (
    <ChartFigure caption={caption} height={320}>
      <LineChart data={data} margin={{ left: 16, right: 16 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis tick={TICK} width={80} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 14 }} />
        <Line dataKey="signing" name={labels.signing} stroke={BRAND} strokeWidth={3} isAnimationActive={false} />
        <Line dataKey="funds" name={labels.funds} stroke={GREEN} strokeWidth={3} isAnimationActive={false} />
        <Line dataKey="lastSigning" name={labels.lastSigning} stroke={MUTED} strokeWidth={2} strokeDasharray="6 4" isAnimationActive={false} />
        <Line dataKey="lastFunds" name={labels.lastFunds} stroke={MUTED_GREEN} strokeWidth={2} strokeDasharray="6 4" isAnimationActive={false} />
      </LineChart>
    </ChartFigure>
  );
}

import { I_COMPONENTS, type SubjectResult } from '../../../../shared/assessment/result';
import { I_COMPONENT_LABELS } from '../../../../shared/assessment/labels';

// The sliding scale as a picture (SPEC §2.9): harm H against interference I, with the floor H_min
// and the margin H must clear. SVG attributes only (no inline styles: the CSP forbids them);
// colours come from styles.css classes.

const WIDTH = 640;
const LEFT = 150;
const RIGHT = 40;
const BAR_H = 26;

/** Labels short enough to sit inside a segment; the legend gives the full names. */
const SHORT: Record<(typeof I_COMPONENTS)[number], string> = {
  process: 'Charges',
  natsec: 'Security',
  conduct: 'Conduct',
  duration: 'Time',
  premises: 'Premises',
};

/** H_min and margin as the engine applied them (the B step's inputs), else the defaults. */
export const balanceSettings = (s: SubjectResult): { hMin: number; margin: number } => {
  const step = s.trace.find((t) => t.rule === 'B' && t.completion === 'PESSIMISTIC');
  const num = (v: unknown, d: number) => (typeof v === 'number' ? v : d);
  return { hMin: num(step?.inputs.H_min, 2), margin: num(step?.inputs.margin, 1) };
};

export function BalancePicture({ subject }: { subject: SubjectResult }) {
  const { H, I, b_slack: slack } = subject;
  const { hMin, margin } = balanceSettings(subject);
  const threshold = I.total + margin;
  const max = Math.max(H, threshold, hMin, 6);
  const unit = (WIDTH - LEFT - RIGHT) / max;
  const x = (v: number) => LEFT + v * unit;
  // Each non-zero component of I as a segment starting where the previous one ends.
  const parts = I_COMPONENTS.filter((c) => I[c] > 0).map((c, i, all) => ({
    c,
    start: all.slice(0, i).reduce((sum, p) => sum + I[p], 0),
  }));
  const met = H >= hMin && slack >= 0;
  const titleId = `balance-title-${subject.subject_ref}`;
  const descId = `balance-desc-${subject.subject_ref}`;
  const verdict = met
    ? `H − I = ${H - I.total}, at least the margin of ${margin}, and H reaches the floor of ${hMin}.`
    : H < hMin
      ? `H = ${H} is below the floor H_min = ${hMin}.`
      : `H − I = ${H - I.total} falls short of the margin of ${margin}.`;
  return (
    <figure className="balance">
      <svg
        viewBox={`0 0 ${WIDTH} 156`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="balance-svg"
      >
        <title id={titleId}>
          Balance: harm {H} against interference {I.total}
        </title>
        <desc id={descId}>{verdict}</desc>
        <text x={10} y={38} className="balance-label">
          Harm (H)
        </text>
        <rect x={LEFT} y={20} width={Math.max(H * unit, 1)} height={BAR_H} className="bar-harm" />
        <text x={x(H) + 6} y={38} className="balance-value">
          {H}
        </text>
        <text x={10} y={88} className="balance-label">
          Interference (I)
        </text>
        {parts.map(({ c, start }) => {
          return (
            <g key={c}>
              <rect
                x={x(start)}
                y={70}
                width={I[c] * unit}
                height={BAR_H}
                className={`bar-i bar-i-${c}`}
              />
              {I[c] * unit > 60 ? (
                <text x={x(start) + 4} y={88} className="bar-i-text">
                  {SHORT[c]} {I[c]}
                </text>
              ) : null}
            </g>
          );
        })}
        <text x={x(I.total) + 6} y={88} className="balance-value">
          {I.total}
        </text>
        <line x1={x(hMin)} x2={x(hMin)} y1={12} y2={54} className="marker-hmin" />
        <text x={x(hMin) + 3} y={12} className="marker-text">
          H_min {hMin}
        </text>
        <line x1={x(threshold)} x2={x(threshold)} y1={14} y2={104} className="marker-margin" />
        <text x={x(threshold)} y={120} textAnchor="end" className="marker-text">
          H must reach I + margin = {threshold}
        </text>
        {Array.from({ length: max + 1 }, (_, v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={132} y2={137} className="tick" />
            <text x={x(v)} y={148} textAnchor="middle" className="tick-text">
              {v}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <p className={met ? 'balance-verdict met' : 'balance-verdict'}>{verdict}</p>
        <dl className="balance-legend" aria-label="Components of the interference index">
          {I_COMPONENTS.map((c) => (
            <div key={c}>
              <dt>
                <span className={`swatch bar-i-${c}`} aria-hidden="true" />
                {I_COMPONENT_LABELS[c]}
              </dt>
              <dd>{I[c]}</dd>
            </div>
          ))}
        </dl>
        {subject.outcome === 'INSUFFICIENT_INFORMATION' ? (
          <p className="hint">
            Shown for the least protective reading of the unknown facts (SPEC §2.3.5).
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}

import { Link } from 'react-router';
import type { AuditStatus } from '../../../../shared/schemas/audit';
import { relativeTo } from '../../lib/dates';
import { useNow } from '../../lib/useNow';
import { useAuditStatus } from './useAuditStatus';

export type Integrity = { tone: 'ok' | 'broken' | 'pending' | 'unknown'; text: string };

/** The one sentence the badge says about the audit chain. */
export function describeIntegrity(s: AuditStatus | undefined, now: number): Integrity {
  if (!s) return { tone: 'unknown', text: 'Audit log: checking…' };
  if (s.running) {
    const pct = s.running.total > 0 ? Math.floor((100 * s.running.checked) / s.running.total) : 0;
    return { tone: 'pending', text: `Audit log: verifying… ${pct}%` };
  }
  if (s.error) return { tone: 'broken', text: `Audit log: ${s.error}` };
  const last = s.last;
  if (!last) return { tone: 'unknown', text: 'Audit log: not verified yet' };
  if (!last.ok) {
    return { tone: 'broken', text: `Audit log BROKEN at entry ${last.brokenSeq ?? '?'}` };
  }
  return {
    tone: 'ok',
    text: `Audit log verified ${relativeTo(last.finishedAt, now)}: ${last.entriesChecked} entries intact`,
  };
}

/** Always in the header: the integrity of the record at a glance (UX.md Home). */
export function IntegrityBadge() {
  const status = useAuditStatus();
  const d = describeIntegrity(status.data, useNow(30_000));
  return (
    <span role="status" className="integrity-status">
      <Link to="/" className={`integrity-badge ${d.tone}`}>
        <span className="integrity-dot" aria-hidden="true" />
        {d.text}
      </Link>
    </span>
  );
}

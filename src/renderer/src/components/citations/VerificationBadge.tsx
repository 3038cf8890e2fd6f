import {
  isUnverified,
  VERIFICATION_LABELS,
  type VerificationStatus,
} from '../../../../shared/schemas/authority';

const SHORT: Record<VerificationStatus, string> = {
  verified_text: 'Verified',
  verified_summary: 'Verified (summary)',
  seed_only: 'Not verified',
  unverified_recall: 'Not verified',
};

/** The verification status as a chip; unverified authorities carry a warning everywhere. */
export function VerificationBadge(props: { status: VerificationStatus }) {
  const unverified = isUnverified(props.status);
  const tone = unverified ? 'warning' : props.status === 'verified_text' ? 'ok' : 'neutral';
  return (
    <span className={`badge badge-${tone}`} title={VERIFICATION_LABELS[props.status]}>
      {unverified ? <span aria-hidden="true">⚠ </span> : null}
      {SHORT[props.status]}
      <span className="visually-hidden"> — {VERIFICATION_LABELS[props.status]}</span>
    </span>
  );
}

import { Link } from 'react-router';
import { formatCitation, shortCitation } from '../../../../shared/citations';
import { isUnverified, type AuthoritySummary } from '../../../../shared/schemas/authority';
import { VerificationBadge } from './VerificationBadge';

/**
 * A citation wherever an authority is cited: the short title and pinpoint link to the authority
 * page, the full citation follows in the seed's style, and an unverified or withdrawn authority
 * says so right there.
 */
export function CitationLink(props: { authority: AuthoritySummary; pinpoint?: string }) {
  const { authority, pinpoint = '' } = props;
  return (
    <span className="citation">
      <span className="citation-head">
        <Link to={`/authorities/${authority.id}`} className="citation-link">
          {shortCitation(authority, pinpoint)}
        </Link>
        {isUnverified(authority.verificationStatus) ? (
          <VerificationBadge status={authority.verificationStatus} />
        ) : null}
        {authority.withdrawn ? <span className="badge badge-warning">Withdrawn</span> : null}
      </span>
      <span className="citation-full">{formatCitation(authority, pinpoint)}</span>
    </span>
  );
}

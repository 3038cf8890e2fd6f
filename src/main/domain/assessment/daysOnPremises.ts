// V-9 / §2.9 I_duration (F14): elapsed days on the premises, not counting periods for which the
// host is responsible — after it refused a safe-conduct request (from the refusal, or from
// requested_at + overdue days if that is earlier), or while it failed to answer within the
// overdue period (from that date until an answer). Caracas art. XII; OC-25/18 (no indefinite limbo).
import type { SafeConductRequest } from '../../../shared/caseFacts/schema';

const DAY_MS = 86_400_000;

type Interval = readonly [number, number];

const excludedInterval = (
  req: SafeConductRequest,
  overdueDays: number,
  asOf: number,
): Interval | null => {
  const requested = Date.parse(req.requested_at);
  if (Number.isNaN(requested)) return null;
  const overdue = requested + overdueDays * DAY_MS;
  const answered = req.answered_at ? Date.parse(req.answered_at) : Number.NaN;
  switch (req.answer ?? 'PENDING') {
    case 'REFUSED':
      // Reading: a refusal with no recorded date counts from the request (schema: "REFUSED
      // without it: excluded from requested_at").
      return [Number.isNaN(answered) ? requested : Math.min(answered, overdue), asOf];
    case 'PENDING':
      return [overdue, asOf];
    case 'GRANTED':
      // Reading: a grant with no recorded date cannot show a late answer, so nothing is excluded.
      return Number.isNaN(answered) || answered <= overdue ? null : [overdue, answered];
    default: {
      const never: never = req.answer as never;
      return never;
    }
  }
};

/**
 * Days on premises as a real number, or null when `as_of` or `arrived_at` is missing or
 * unparseable (resolved by the bounds evaluation, §2.3.2). A negative span counts as 0.
 */
export const daysOnPremises = (
  asOfIso: string | null,
  arrivedIso: string | null,
  requests: readonly SafeConductRequest[],
  overdueDays: number,
): number | null => {
  if (asOfIso === null || arrivedIso === null) return null;
  const asOf = Date.parse(asOfIso);
  const arrived = Date.parse(arrivedIso);
  if (Number.isNaN(asOf) || Number.isNaN(arrived)) return null;
  if (asOf <= arrived) return 0;
  const clipped: Interval[] = [];
  for (const req of requests) {
    const iv = excludedInterval(req, overdueDays, asOf);
    if (iv === null) continue;
    const start = Math.max(iv[0], arrived);
    const end = Math.min(iv[1], asOf);
    if (end > start) clipped.push([start, end]);
  }
  clipped.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Union of the excluded intervals so that overlapping requests are not subtracted twice.
  let excluded = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const [s, e] of clipped) {
    if (Number.isNaN(curStart) || s > curEnd) {
      if (!Number.isNaN(curStart)) excluded += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else if (e > curEnd) curEnd = e;
  }
  if (!Number.isNaN(curStart)) excluded += curEnd - curStart;
  return (asOf - arrived - excluded) / DAY_MS;
};

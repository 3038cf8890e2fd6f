import { useEffect, useState } from 'react';

/**
 * The current time for rendering "overdue" and "in 3 hours", refreshed every `everyMs`: reading
 * the clock during render would make the output differ between renders of the same state.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

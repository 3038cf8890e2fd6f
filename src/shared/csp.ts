// The Content-Security-Policy of every Casefile page (ARCHITECTURE.md "Security baseline").
//
// React Aria injects two constant <style> blocks (usePress: touch-action on pressables;
// usePreventScroll: overscroll containment while a popover is open). Rather than 'unsafe-inline'
// we allow exactly those two blocks by hash; a unit test recomputes the hashes from the installed
// react-aria so an upgrade that changes them fails loudly instead of silently breaking styles.
export const REACT_ARIA_STYLE_HASHES = [
  'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=',
  'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg=',
] as const;

const directives = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_STYLE_HASHES.map((h) => `'${h}'`).join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The policy in the renderer's <meta> tag (frame-ancestors is ignored there, so it is left out). */
export const CSP_META = directives.join('; ');

/** The policy sent as a response header by the app:// protocol handler. */
export const CSP_HEADER = [...directives, "frame-ancestors 'none'"].join('; ');

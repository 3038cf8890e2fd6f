// How a citation reads, everywhere it is shown or copied: the authority's full citation in the
// seed's (Bluebook) style with the pinpoint where that style puts it, before the date
// parenthetical ("M.N. v. Belgium (dec.) [GC], App. No. 3599/18, ¶ 118 (May 5, 2020)") or after
// the instrument's name ("Convention Relating to the Status of Refugees art. 33(2), Jul. 28, …").

const PIN = '{pin}';

/** Pinpoints that name an article replace a treaty record's default article; others follow it. */
const ARTICLE_PIN = /^arts?\.\s/i;

function pinpointText(pinDefault: string | null, pinpoint: string): string {
  const pin = pinpoint.trim();
  if (!pin) return pinDefault ?? '';
  if (!pinDefault || ARTICLE_PIN.test(pin)) return pin;
  return `${pinDefault}, ${pin}`;
}

/** The separator before a pinpoint: none of Bluebook's commas before "art." or "[89]". */
function joined(pin: string): string {
  if (!pin) return '';
  return ARTICLE_PIN.test(pin) || pin.startsWith('[') ? ` ${pin}` : `, ${pin}`;
}

/**
 * The full citation of an authority with an optional pinpoint. `template` holds `{pin}` where a
 * pinpoint goes; an adviser's own citation has none, and the pinpoint is appended.
 */
export function formatCitation(
  authority: { citationTemplate: string; pinDefault: string | null },
  pinpoint = '',
): string {
  const pin = joined(pinpointText(authority.pinDefault, pinpoint));
  const template = authority.citationTemplate;
  return template.includes(PIN) ? template.replace(PIN, pin) : `${template}${pin}`;
}

/** The short form used in lists and links: "M.N. v Belgium (ECtHR GC dec. 2020), ¶ 118". */
export function shortCitation(authority: { shortTitle: string }, pinpoint = ''): string {
  const pin = pinpoint.trim();
  return pin ? `${authority.shortTitle}, ${pin}` : authority.shortTitle;
}

const citedKey = (authorityId: string, pinpoint: string) => `${authorityId}\u0000${pinpoint}`;

/**
 * Whether a list of authorities to cite is the same, in any order, as a record's citations: a
 * note's correction must change its text or what it cites.
 */
export function citesTheSame(
  next: readonly { authorityId: string; pinpoint?: string | undefined }[],
  before: readonly { authority: { id: string }; pinpoint: string }[],
): boolean {
  const a = next.map((c) => citedKey(c.authorityId, c.pinpoint ?? '')).sort();
  const b = before.map((c) => citedKey(c.authority.id, c.pinpoint)).sort();
  return a.join('\n') === b.join('\n');
}

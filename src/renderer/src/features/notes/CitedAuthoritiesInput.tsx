import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { AuthoritySummary } from '../../../../shared/schemas/authority';
import { pinpointSchema } from '../../../../shared/schemas/citation';
import { AuthorityPicker } from '../../components/citations/AuthorityPicker';
import { CitationLink } from '../../components/citations/CitationLink';
import { TextInput } from '../../components/fields';

/** An authority a note will cite, with its pinpoint ("¶ 118"; empty: the whole authority). */
export type Cited = { authority: AuthoritySummary; pinpoint: string };

const key = (authorityId: string, pinpoint: string) => `${authorityId}\u0000${pinpoint}`;

/**
 * The authorities a note cites, chosen with the library's picker before the note is saved: once
 * saved they are part of the note, as fixed as its text (a correction may cite others).
 */
export function CitedAuthoritiesInput(props: {
  value: readonly Cited[];
  onChange: (value: Cited[]) => void;
}) {
  const [authority, setAuthority] = useState<AuthoritySummary | null>(null);
  const [pinpoint, setPinpoint] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // The picker keeps its own search text: a new one starts empty for the next citation.
  const [pickerKey, setPickerKey] = useState(0);

  const cite = () => {
    if (!authority) {
      setError('Choose an authority to cite first');
      return;
    }
    const p = pinpointSchema.safeParse(pinpoint);
    if (!p.success) {
      setError(`Pinpoint ${p.error.issues[0]?.message ?? 'is not valid'}`);
      return;
    }
    if (props.value.some((c) => key(c.authority.id, c.pinpoint) === key(authority.id, p.data))) {
      setError(
        `${authority.shortTitle} is already cited ${p.data ? `at ${p.data}` : 'as a whole'}`,
      );
      return;
    }
    setError(undefined);
    props.onChange([...props.value, { authority, pinpoint: p.data }]);
    setAuthority(null);
    setPinpoint('');
    setPickerKey((k) => k + 1);
  };

  return (
    <fieldset className="fieldset cited-authorities">
      <legend>Authorities cited (optional)</legend>
      {props.value.length > 0 ? (
        <ul className="cited-list" aria-label="Authorities this note cites">
          {props.value.map((c, i) => (
            <li key={key(c.authority.id, c.pinpoint)}>
              <CitationLink authority={c.authority} pinpoint={c.pinpoint} />
              <Button
                className="link-button"
                aria-label={`Do not cite ${c.authority.shortTitle}${c.pinpoint ? `, ${c.pinpoint}` : ''}`}
                onPress={() => props.onChange(props.value.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="cite-row">
        <AuthorityPicker
          key={pickerKey}
          label="Authority"
          name="noteAuthority"
          description="Search the library by title, citation or words"
          selected={authority}
          onSelect={setAuthority}
          error={error}
        />
        <TextInput
          label="Pinpoint (optional)"
          name="notePinpoint"
          description="e.g. ¶ 118, art. 33(2)"
          value={pinpoint}
          onChange={setPinpoint}
          maxLength={100}
        />
        <Button className="button" onPress={cite}>
          Cite it
        </Button>
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import { ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import {
  AUTHORITY_KIND_LABELS,
  isUnverified,
  type AuthoritySummary,
} from '../../../../shared/schemas/authority';
import { useAuthoritySearch } from '../../lib/authorities';
import { FieldText } from '../fields';
import { Snippet } from './Snippet';

type Item = AuthoritySummary & { snippet?: { text: string; match: boolean }[] };

/**
 * Search-as-you-type choice of one authority of the library (titles, citations, propositions and
 * the adviser's notes are searched; words match as prefixes).
 *
 * Props: `label`; `name` (the input's id is `field-<name>`, for an ErrorSummary link);
 * `selected`, the chosen authority or null; `onSelect`, called with the choice (null when the
 * adviser clears it); optional `description` and `error`.
 */
export function AuthorityPicker(props: {
  label: string;
  name: string;
  selected: AuthoritySummary | null;
  onSelect: (authority: AuthoritySummary | null) => void;
  description?: string;
  error?: string | undefined;
}) {
  const [text, setText] = useState(props.selected?.shortTitle ?? '');
  const typing = text.trim().length > 0 && text !== props.selected?.shortTitle;
  const search = useAuthoritySearch({ query: text, limit: 12 }, typing);
  const found: Item[] = typing ? (search.data?.items ?? []) : [];
  // The chosen authority stays in the collection, or the combobox would drop the selection.
  const items: Item[] =
    props.selected && !found.some((i) => i.id === props.selected?.id)
      ? [props.selected, ...found]
      : found;

  return (
    <ComboBox
      className="field"
      name={props.name}
      items={items}
      inputValue={text}
      onInputChange={setText}
      selectedKey={props.selected?.id ?? null}
      onSelectionChange={(key) => {
        const chosen = items.find((i) => i.id === key) ?? null;
        props.onSelect(chosen);
        // Both the text and the selection are controlled, so the text follows the choice here.
        if (chosen) setText(chosen.shortTitle);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={props.error !== undefined}
    >
      <FieldText {...props} />
      <Input className="field-input" id={`field-${props.name}`} />
      <Popover className="select-popover picker-popover" placement="bottom start">
        <ListBox<Item>
          className="select-list"
          renderEmptyState={() => (
            <p className="picker-empty">
              {search.isFetching ? 'Searching…' : 'No authority in the library matches.'}
            </p>
          )}
        >
          {(item) => (
            <ListBoxItem
              id={item.id}
              textValue={item.shortTitle}
              className="select-item picker-item"
            >
              <span className="picker-title">{item.shortTitle}</span>
              <span className="picker-meta">
                {AUTHORITY_KIND_LABELS[item.kind]}
                {item.date ? ` · ${item.date}` : ''}
                {item.origin === 'LOCAL' ? ' · your own' : ''}
                {isUnverified(item.verificationStatus) ? ' · ⚠ not verified' : ''}
              </span>
              {item.snippet ? <Snippet parts={item.snippet} className="picker-snippet" /> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

import type { SnippetPart } from '../../../../shared/schemas/authority';

/** A search snippet with the words that matched the query marked. */
export function Snippet(props: { parts: SnippetPart[]; className?: string }) {
  if (props.parts.length === 0) return null;
  return (
    <span className={props.className ?? 'snippet'}>
      {props.parts.map((p, i) =>
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}

// The SPEC's prose (errata, notes) carries Markdown emphasis and code spans; shown as such, never
// as raw asterisks, and never through innerHTML.
const TOKENS = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;

export function InlineMarkup(props: { text: string }) {
  return (
    <>
      {props.text.split(TOKENS).map((part, i) => {
        if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
          return <strong key={i}>{part.slice(2, -2)}</strong>;
        }
        if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
          return <em key={i}>{part.slice(1, -1)}</em>;
        }
        if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
          return <code key={i}>{part.slice(1, -1)}</code>;
        }
        return part;
      })}
    </>
  );
}

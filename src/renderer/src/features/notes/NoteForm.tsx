import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { citesTheSame } from '../../../../shared/citations';
import { noteBodySchema, type Note, type NoteTarget } from '../../../../shared/schemas/notes';
import { ErrorSummary, TextInput } from '../../components/fields';
import { errorMessage, IpcCallError } from '../../lib/ipc';
import { CitedAuthoritiesInput, type Cited } from './CitedAuthoritiesInput';
import { useAddNote, useCorrectNote } from './queries';

/**
 * Writes a note on the case or one thing in it; given `correcting`, writes its correction (a new
 * note that names it; the original is kept and shown as corrected).
 */
export function NoteForm(props: {
  caseId: number;
  target: NoteTarget;
  correcting?: Note | null;
  /** Names what the note is about, for the form's accessible name. */
  about: string;
  onDone: (note: Note | null) => void;
}) {
  const correcting = props.correcting ?? null;
  const add = useAddNote(props.caseId);
  const correct = useCorrectNote(props.caseId);
  const [body, setBody] = useState(correcting?.body ?? '');
  // A correction starts from the original's citations: it replaces the note as a whole.
  const [cited, setCited] = useState<Cited[]>(
    correcting?.citations.map((c) => ({ authority: c.authority, pinpoint: c.pinpoint })) ?? [],
  );
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const label = correcting ? `Corrected text of note ${correcting.number}` : 'Note';
  const pending = add.isPending || correct.isPending;

  const submit = async () => {
    setFailure(null);
    const parsed = noteBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'is not valid');
      return;
    }
    const citations = cited.map((c) => ({ authorityId: c.authority.id, pinpoint: c.pinpoint }));
    if (
      correcting &&
      parsed.data === correcting.body &&
      citesTheSame(citations, correcting.citations)
    ) {
      setError('is unchanged; write the corrected text or change its citations');
      return;
    }
    setError(undefined);
    try {
      const note = correcting
        ? await correct.mutateAsync({ noteId: correcting.id, body: parsed.data, citations })
        : await add.mutateAsync({
            caseId: props.caseId,
            target: props.target,
            body: parsed.data,
            citations,
          });
      setBody('');
      props.onDone(note);
    } catch (e) {
      const issue = e instanceof IpcCallError ? e.issues.find((i) => i.path === 'body') : undefined;
      if (issue) setError(issue.message);
      setFailure(errorMessage(e));
    }
  };

  return (
    <Form
      className="form note-form"
      aria-label={correcting ? `Correct note ${correcting.number}` : `Add a note on ${props.about}`}
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={error ? [{ name: 'body', label, message: error }] : []} />
      {failure && !error ? (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      ) : null}
      <TextInput
        label={label}
        name="body"
        description={
          correcting
            ? 'The original stays on the file, marked as corrected by this note.'
            : `On ${props.about}. Notes cannot be edited or deleted later; a mistake is corrected by a new note.`
        }
        value={body}
        onChange={setBody}
        error={error}
        rows={4}
        autoFocus
      />
      <CitedAuthoritiesInput value={cited} onChange={setCited} />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={pending}>
          {correcting ? 'Save the correction' : 'Add the note'}
        </Button>
        <Button className="button" onPress={() => props.onDone(null)}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}

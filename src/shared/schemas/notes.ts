import { z } from 'zod';
import { EVENT_TYPE_CODES } from '../timeline/eventTypes';
import { snippetPartSchema } from './authority';
import { citationSchema, citedAuthoritySchema } from './citation';
import { actorSchema, instantSchema } from './timeline';
import { entityId, requiredText, textLimits } from './text';

/** What a note is about: the case itself, or one event, evidence item or assessment in it. */
export const NOTE_TARGET_TYPES = ['CASE', 'EVENT', 'EVIDENCE', 'ASSESSMENT'] as const;
export type NoteTargetType = (typeof NOTE_TARGET_TYPES)[number];

export const noteTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('CASE') }),
  z.strictObject({ type: z.enum(['EVENT', 'EVIDENCE', 'ASSESSMENT']), id: entityId }),
]);
export type NoteTarget = z.infer<typeof noteTargetSchema>;

export const noteBodySchema = requiredText(textLimits.paragraph);

/** The authorities a note cites, with pinpoints: written with the note and fixed with it. */
export const noteCitationsSchema = z.array(citedAuthoritySchema).max(20).default([]);

export const noteAddSchema = z.strictObject({
  caseId: entityId,
  target: noteTargetSchema,
  body: noteBodySchema,
  citations: noteCitationsSchema,
});
export type NoteAddInput = z.input<typeof noteAddSchema>;

/** A correction: a new note on the same target that names the note it corrects. */
export const noteCorrectSchema = z.strictObject({
  noteId: entityId,
  body: noteBodySchema,
  citations: noteCitationsSchema,
});
export type NoteCorrectInput = z.input<typeof noteCorrectSchema>;

export const noteSchema = z.object({
  id: entityId,
  uid: z.string(),
  caseId: entityId,
  number: z.number().int(),
  target: noteTargetSchema,
  /** For a note on an event: which one, as people refer to it ("event 4, Interview"). */
  targetEvent: z.object({ number: z.number().int(), type: z.enum(EVENT_TYPE_CODES) }).nullable(),
  body: z.string(),
  citations: z.array(citationSchema),
  correctsNoteId: entityId.nullable(),
  /** The note that corrects this one, if the file knows of one (as of the view). */
  correctedByNoteId: entityId.nullable(),
  createdAt: z.string(),
  author: actorSchema,
});
export type Note = z.infer<typeof noteSchema>;

export const noteListSchema = z.strictObject({
  caseId: entityId,
  target: noteTargetSchema.optional(),
  asOf: instantSchema.optional(),
  limit: z.number().int().min(1).max(500).default(200),
  cursor: z.string().max(200).optional(),
});
export type NoteListInput = z.input<typeof noteListSchema>;

/** Full-text search of the notes (the one index, src/main/services/searchIndex.ts). */
export const noteSearchSchema = z.strictObject({
  query: requiredText(200),
  caseId: entityId.optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type NoteSearchInput = z.input<typeof noteSearchSchema>;

export const noteHitSchema = z.object({
  note: noteSchema,
  snippet: z.array(snippetPartSchema),
});
export type NoteHit = z.infer<typeof noteHitSchema>;

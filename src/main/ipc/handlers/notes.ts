import type { notesContract } from '../../../shared/ipc/contracts/notes';
import { addNote, correctNote, listNotes, searchNotes } from '../../services/noteService';
import type { HandlersFor } from './types';

export const noteHandlers = {
  'notes:list': (input, ctx) => listNotes(ctx, input),
  'notes:add': (input, ctx) => addNote(ctx, input),
  'notes:correct': (input, ctx) => correctNote(ctx, input),
  'notes:search': (input, ctx) => searchNotes(ctx, input),
} satisfies HandlersFor<keyof typeof notesContract>;

import { z } from 'zod';
import { clearSchemaFor, LIST_KINDS, setSchemaFor, type EntityKind } from '../../intake/entities';
import type { IntakeView, RecordView } from '../../intake/records';
import { optionalText, entityId, textLimits } from '../../schemas/text';
import type { ChannelSchema } from './common';

const caseRef = { caseId: entityId };

/** The pseudonymous label shown in lists (never a name); empty clears it. */
export const caseLabelSchema = optionalText(textLimits.name);

const patchFor = <K extends EntityKind>(kind: K, needsId: boolean) =>
  z.strictObject({
    ...caseRef,
    kind: z.literal(kind),
    id: needsId ? entityId : z.never().optional(),
    set: setSchemaFor(kind).optional(),
    clear: clearSchemaFor(kind).optional(),
  });

/** One autosave: some answers of one record set, others cleared back to "not answered". */
export const intakePatchSchema = z.discriminatedUnion('kind', [
  patchFor('case', false).extend({
    label: caseLabelSchema.optional(),
  }),
  patchFor('principal', false),
  patchFor('dependant', true),
  patchFor('risk', true).extend({
    /** Whose risk it is: a dependant's person_ref, or null for the principal. */
    subjectRef: z.string().max(textLimits.code).nullable().optional(),
  }),
  patchFor('action', true),
  patchFor('evidence', true),
  patchFor('legal', false),
  patchFor('safeConduct', true),
  patchFor('reservation', true),
]);
export type IntakePatch = z.output<typeof intakePatchSchema>;

const addFor = <K extends (typeof LIST_KINDS)[number]>(kind: K) =>
  z.strictObject({ ...caseRef, kind: z.literal(kind), set: setSchemaFor(kind).default({}) });

export const intakeAddSchema = z.discriminatedUnion('kind', [
  addFor('dependant'),
  addFor('risk').extend({ subjectRef: z.string().max(textLimits.code).nullable().optional() }),
  addFor('action'),
  addFor('evidence'),
  addFor('safeConduct'),
  addFor('reservation'),
]);
export type IntakeAdd = z.output<typeof intakeAddSchema>;

export const supportSchema = z.strictObject({
  riskRef: z.string().max(textLimits.code).nullable(),
  actionRef: z.string().max(textLimits.code).nullable(),
  field: z.string().min(1).max(textLimits.line),
});

const recordView = z.custom<RecordView>();
const intakeView = z.custom<IntakeView>();

export const intakeContract = {
  'intake:get': { input: z.strictObject(caseRef), output: intakeView },
  'intake:patch': {
    input: intakePatchSchema,
    output: z.object({ record: recordView, updatedAt: z.string() }),
  },
  'intake:add': { input: intakeAddSchema, output: z.object({ record: recordView }) },
  'intake:remove': {
    input: z.strictObject({ ...caseRef, kind: z.enum(LIST_KINDS), id: entityId }),
    output: z.object({ removed: z.literal(true) }),
  },
  'intake:set-supports': {
    input: z.strictObject({
      ...caseRef,
      evidenceId: entityId,
      supports: z.array(supportSchema).max(200),
    }),
    output: z.object({ record: recordView }),
  },
  'intake:set-legal-source': {
    input: z.strictObject({ ...caseRef, source: z.enum(['MISSION', 'CASE']) }),
    output: z.object({ source: z.enum(['MISSION', 'CASE']) }),
  },
} as const satisfies Record<string, ChannelSchema>;

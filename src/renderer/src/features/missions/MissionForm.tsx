import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import {
  missionCreateSchema,
  PREMISES_LABELS,
  PREMISES_TYPES,
  type PremisesType,
} from '../../../../shared/schemas/mission';
import {
  PREMISES_AREAS,
  RELATIONS_STATUSES,
  type PremisesArea,
  type RelationsStatus,
} from '../../../../shared/caseFacts/enums';
import { codeLabel } from '../../../../shared/intake/labels';
import { ErrorSummary, SelectInput, TextInput } from '../../components/fields';
import { IpcCallError, errorMessage } from '../../lib/ipc';
import { useCreateMission } from '../../lib/queries';

type Values = z.input<typeof missionCreateSchema>;

const LABELS: Record<keyof Values, string> = {
  name: 'Mission name',
  code: 'Short code',
  sendingState: 'Sending state',
  hostState: 'Host state',
  premisesType: 'Premises',
  relationsStatus: 'Relations with the host state',
  premisesArea: 'Part of the consular premises',
};

const PREMISES_OPTIONS = PREMISES_TYPES.map((id) => ({ id, label: PREMISES_LABELS[id] }));
const RELATIONS_OPTIONS = RELATIONS_STATUSES.map((id) => ({ id, label: codeLabel(id) }));
const AREA_OPTIONS = PREMISES_AREAS.map((id) => ({ id, label: codeLabel(id) }));
const isConsulate = (p: PremisesType | undefined) =>
  p === 'CONSULATE_CAREER' || p === 'CONSULATE_HONORARY';

export function MissionForm(props: { onCreated?: () => void }) {
  const createMission = useCreateMission();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(missionCreateSchema),
    defaultValues: {
      name: '',
      code: '',
      sendingState: '',
      hostState: '',
      premisesType: undefined,
      relationsStatus: 'NORMAL',
      premisesArea: undefined,
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errors = form.formState.errors;
  const premisesType = useWatch({ control: form.control, name: 'premisesType' });
  const summary = (Object.keys(LABELS) as (keyof Values)[])
    .filter((k) => errors[k]?.message)
    .map((k) => ({ name: k, label: LABELS[k], message: errors[k]?.message ?? '' }));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await createMission.mutateAsync(values);
      form.reset();
      props.onCreated?.();
    } catch (e) {
      // The main process validates again; its field issues land on the same fields.
      if (e instanceof IpcCallError && e.issues.length > 0) {
        for (const issue of e.issues) {
          if (issue.path in LABELS) {
            form.setError(issue.path as FieldPath<Values>, { message: issue.message });
          }
        }
      }
      setFailure(errorMessage(e));
    }
  });

  return (
    <Form
      className="form"
      aria-label="Add a mission"
      onSubmit={(e) => {
        void onSubmit(e);
      }}
      validationBehavior="aria"
    >
      <ErrorSummary errors={summary} failure={failure} />
      <Controller
        control={form.control}
        name="name"
        render={({ field }) => (
          <TextInput
            label={LABELS.name}
            name="name"
            description="As it appears on letterhead, e.g. Embassy in Quito"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.name?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="code"
        render={({ field }) => (
          <TextInput
            label={LABELS.code}
            name="code"
            description="2 to 8 capitals or digits; used in case references, e.g. QUI"
            value={field.value}
            onChange={(v) => field.onChange(v.toUpperCase())}
            onBlur={field.onBlur}
            error={errors.code?.message}
            maxLength={8}
          />
        )}
      />
      <div className="field-row">
        <Controller
          control={form.control}
          name="sendingState"
          render={({ field }) => (
            <TextInput
              label={LABELS.sendingState}
              name="sendingState"
              description="Your state, ISO alpha-3, e.g. GBR"
              value={field.value}
              onChange={(v) => field.onChange(v.toUpperCase())}
              onBlur={field.onBlur}
              error={errors.sendingState?.message}
              maxLength={3}
            />
          )}
        />
        <Controller
          control={form.control}
          name="hostState"
          render={({ field }) => (
            <TextInput
              label={LABELS.hostState}
              name="hostState"
              description="Where the mission is, e.g. ECU"
              value={field.value}
              onChange={(v) => field.onChange(v.toUpperCase())}
              onBlur={field.onBlur}
              error={errors.hostState?.message}
              maxLength={3}
            />
          )}
        />
      </div>
      <Controller
        control={form.control}
        name="premisesType"
        render={({ field }) => (
          <SelectInput<PremisesType>
            label={LABELS.premisesType}
            name="premisesType"
            description="Decides which inviolability rules apply (VCDR art. 22, VCCR art. 31)"
            value={field.value ?? null}
            onChange={field.onChange}
            options={PREMISES_OPTIONS}
            error={errors.premisesType?.message}
          />
        )}
      />
      {isConsulate(premisesType) ? (
        <Controller
          control={form.control}
          name="premisesArea"
          render={({ field }) => (
            <SelectInput<PremisesArea>
              label={LABELS.premisesArea}
              name="premisesArea"
              description="VCCR art. 31(2) protects only the part used exclusively for consular work"
              value={field.value ?? null}
              onChange={field.onChange}
              options={AREA_OPTIONS}
              error={errors.premisesArea?.message}
            />
          )}
        />
      ) : null}
      <Controller
        control={form.control}
        name="relationsStatus"
        render={({ field }) => (
          <SelectInput<RelationsStatus>
            label={LABELS.relationsStatus}
            name="relationsStatus"
            description="Copied into each new case; severed relations change what the mission can do"
            value={field.value ?? null}
            onChange={field.onChange}
            options={RELATIONS_OPTIONS}
            error={errors.relationsStatus?.message}
          />
        )}
      />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={createMission.isPending}>
          Add mission
        </Button>
      </div>
    </Form>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  PROFILE_ROLE_LABELS,
  PROFILE_ROLES,
  profileCreateSchema,
  type ProfileRole,
} from '../../../../shared/ipc/contracts/profiles';
import { ErrorSummary, FailureMessage, SelectInput, TextInput } from '../../components/fields';
import { call, errorMessage, IpcCallError } from '../../lib/ipc';

export const profileKeys = {
  current: ['profiles', 'current'] as const,
  all: ['profiles'] as const,
};

export function useCurrentProfile() {
  return useQuery({ queryKey: profileKeys.current, queryFn: () => call('profiles:current', {}) });
}

/**
 * "Who is working?" (issue 3): asked on first run and whenever nobody is chosen; every write
 * the app makes afterwards names this profile in the audit log.
 */
export function WhoIsWorking(props: { onChosen?: () => void }) {
  const qc = useQueryClient();
  const profiles = useQuery({
    queryKey: profileKeys.all,
    queryFn: () => call('profiles:list', {}),
  });
  const current = useCurrentProfile();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ProfileRole | null>(null);
  const [errors, setErrors] = useState<{ name?: string; role?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = async () => {
    // Everything cached was read as someone else, or before anyone was chosen.
    await qc.invalidateQueries();
    props.onChosen?.();
  };
  const summary = [
    ...(errors.name ? [{ name: 'profile-name', label: 'Your name', message: errors.name }] : []),
    ...(errors.role ? [{ name: 'profile-role', label: 'Your role', message: errors.role }] : []),
  ];
  const others = (profiles.data ?? []).filter((p) => p.id !== current.data?.id);
  return (
    <section className="panel who" aria-labelledby="who-heading">
      <h1 id="who-heading">Who is working?</h1>
      <p>
        Casefile records who makes every change. Choose your profile, or add yourself if this is
        your first time on this computer.
      </p>
      {others.length > 0 ? (
        <>
          <h2>Continue as</h2>
          <ul className="profile-choices">
            {others.map((p) => (
              <li key={p.id}>
                <Button
                  className="button"
                  onPress={() => {
                    call('profiles:switch', { profileId: p.id })
                      .then(chosen)
                      .catch((e: unknown) => setFailure(errorMessage(e)));
                  }}
                >
                  {p.name} — {PROFILE_ROLE_LABELS[p.role]}
                </Button>
              </li>
            ))}
          </ul>
          <h2>Or add a profile</h2>
        </>
      ) : null}
      <Form
        className="form"
        validationBehavior="aria"
        aria-label="Add a profile"
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = profileCreateSchema.safeParse({ name, role: role ?? undefined });
          if (!parsed.success) {
            setErrors(
              Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
            );
            return;
          }
          setErrors({});
          call('profiles:create', parsed.data)
            .then(chosen)
            .catch((err: unknown) => {
              if (err instanceof IpcCallError) {
                setErrors(Object.fromEntries(err.issues.map((i) => [i.path, i.message])));
              }
              setFailure(errorMessage(err));
            });
        }}
      >
        <ErrorSummary errors={summary} />
        <TextInput
          label="Your name"
          name="profile-name"
          description="As colleagues will see it in the audit log"
          value={name}
          onChange={setName}
          error={errors.name}
          autoFocus
        />
        <SelectInput<ProfileRole>
          label="Your role"
          name="profile-role"
          value={role}
          onChange={setRole}
          options={PROFILE_ROLES.map((r) => ({ id: r, label: PROFILE_ROLE_LABELS[r] }))}
          error={errors.role}
        />
        <div className="form-actions">
          <Button type="submit" className="button primary">
            Start working
          </Button>
        </div>
        <FailureMessage message={summary.length === 0 ? failure : null} />
      </Form>
    </section>
  );
}

import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { SelectInput } from '../../components/fields';
import { errorMessage } from '../../lib/ipc';
import { useMissions, useOpenCase } from '../../lib/queries';

/** Logs a new request: choose the mission, get the next case reference, go to the case. */
export function OpenCaseForm() {
  const missions = useMissions();
  const openCase = useOpenCase();
  const navigate = useNavigate();
  const [missionId, setMissionId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);

  if (missions.data && missions.data.length === 0) {
    return (
      <p className="empty">
        Add your mission first (<a href="#/missions">Missions</a>), then log requests here.
      </p>
    );
  }
  const chosen = missionId ?? (missions.data?.length === 1 ? String(missions.data[0]?.id) : null);

  return (
    <Form
      className="form inline-form"
      aria-label="Log a new request"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) {
          setError('is required: choose the mission where the request was made');
          return;
        }
        setError(undefined);
        openCase.mutate(Number(chosen), {
          onSuccess: (c) => {
            void navigate(`/cases/${c.reference}`);
          },
          onError: (e) => setError(errorMessage(e)),
        });
      }}
    >
      <SelectInput
        label="Mission"
        name="missionId"
        value={chosen}
        onChange={setMissionId}
        options={(missions.data ?? []).map((m) => ({
          id: String(m.id),
          label: `${m.name} (${m.code})`,
        }))}
        error={error}
      />
      <div className="form-actions">
        <Button type="submit" className="button primary" isDisabled={openCase.isPending}>
          Log a new request
        </Button>
      </div>
    </Form>
  );
}

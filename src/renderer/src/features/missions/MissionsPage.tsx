import { PREMISES_LABELS } from '../../../../shared/schemas/mission';
import { PageHeader } from '../../components/fields';
import { errorMessage } from '../../lib/ipc';
import { useMissions } from '../../lib/queries';
import { MissionForm } from './MissionForm';

export function MissionsPage() {
  const missions = useMissions();
  return (
    <>
      <PageHeader title="Missions" />
      <section aria-labelledby="missions-list-heading" className="panel">
        <h2 id="missions-list-heading">Your missions</h2>
        {missions.isPending ? <p>Loading…</p> : null}
        {missions.isError ? <p role="alert">{errorMessage(missions.error)}</p> : null}
        {missions.data && missions.data.length === 0 ? (
          <p className="empty">No missions yet. Add the mission you work at below.</p>
        ) : null}
        {missions.data && missions.data.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">Sending → host</th>
                <th scope="col">Premises</th>
              </tr>
            </thead>
            <tbody>
              {missions.data.map((m) => (
                <tr key={m.id}>
                  <td>{m.code}</td>
                  <td>{m.name}</td>
                  <td>
                    {m.sendingState} → {m.hostState}
                  </td>
                  <td>{PREMISES_LABELS[m.premisesType]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section aria-labelledby="add-mission-heading" className="panel">
        <h2 id="add-mission-heading">Add a mission</h2>
        <MissionForm />
      </section>
    </>
  );
}

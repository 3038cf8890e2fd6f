import type { JsonChange } from '../../../../shared/schemas/assessment';
import { describeValue } from './format';

/** Field-by-field changes between two JSON documents: facts of two versions, or stored vs recomputed. */
export function ChangesTable(props: {
  label: string;
  first: string;
  before: string;
  after: string;
  rows: readonly JsonChange[];
}) {
  return (
    <table className="table" aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col">{props.first}</th>
          <th scope="col">{props.before}</th>
          <th scope="col">{props.after}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((c) => (
          <tr key={c.path}>
            <th scope="row">
              <code>{c.path}</code>
            </th>
            <td>{describeValue(c.before)}</td>
            <td>{describeValue(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { PageHeader } from '../../components/fields';
import { CaseList } from './CaseList';
import { OpenCaseForm } from './OpenCaseForm';

export function CasesPage() {
  return (
    <>
      <PageHeader title="Cases" />
      <section className="panel" aria-labelledby="new-case-heading">
        <h2 id="new-case-heading">New request</h2>
        <OpenCaseForm />
      </section>
      <section className="panel" aria-labelledby="case-list-heading">
        <h2 id="case-list-heading">All cases</h2>
        <CaseList />
      </section>
    </>
  );
}

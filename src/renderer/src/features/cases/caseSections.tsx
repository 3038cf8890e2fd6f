import type { ReactElement } from 'react';
import { AuditSection } from '../audit/AuditSection';
import { NotesSection } from '../notes/NotesSection';
import { TimelineSection } from '../timeline/TimelineSection';
import { EvidenceSection } from '../intake/EvidenceSection';
import { IntakeSection } from '../intake/IntakeSection';
import { CaseAuthorities } from './CaseAuthorities';
import { AssessmentSection } from '../assessment/AssessmentSection';
import { DeparturesSection } from '../assessment/DeparturesSection';
import { CaseOverview } from './CaseOverview';

/**
 * The sections of the case workspace (UX.md §3), in display order. Each feature adds its own
 * entry here: `path` is the URL segment under /cases/:reference/, `element` the section itself.
 */
export type CaseSection = { path: string; label: string; element: ReactElement };

export const caseSections: CaseSection[] = [
  { path: 'overview', label: 'Overview', element: <CaseOverview /> },
  { path: 'intake', label: 'Intake', element: <IntakeSection /> },
  { path: 'evidence', label: 'Evidence', element: <EvidenceSection /> },
  { path: 'assessment', label: 'Assessment', element: <AssessmentSection /> },
  { path: 'departures', label: 'Departures', element: <DeparturesSection /> },
  { path: 'authorities', label: 'Authorities', element: <CaseAuthorities /> },
  { path: 'timeline', label: 'Timeline', element: <TimelineSection /> },
  { path: 'notes', label: 'Notes', element: <NotesSection /> },
  { path: 'audit', label: 'Audit', element: <AuditSection /> },
];

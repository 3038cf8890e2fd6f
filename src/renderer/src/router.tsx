import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { AuthoritiesPage } from './features/authorities/AuthoritiesPage';
import { EditAuthorityPage, NewAuthorityPage } from './features/authorities/AuthorityForm';
import { AuthorityPage } from './features/authorities/AuthorityPage';
import { CasesPage } from './features/cases/CasesPage';
import { caseSections } from './features/cases/caseSections';
import { CaseWorkspace } from './features/cases/CaseWorkspace';
import { HomePage } from './features/home/HomePage';
import { MissionsPage } from './features/missions/MissionsPage';

// Hash routing: the app never navigates the window (navigation is blocked in main), it only
// changes the fragment of app://casefile/index.html.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'missions', element: <MissionsPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'authorities', element: <AuthoritiesPage /> },
      { path: 'authorities/new', element: <NewAuthorityPage /> },
      { path: 'authorities/:id', element: <AuthorityPage /> },
      { path: 'authorities/:id/edit', element: <EditAuthorityPage /> },
      {
        path: 'cases/:reference',
        element: <CaseWorkspace />,
        children: [
          { index: true, element: <Navigate to="overview" replace /> },
          ...caseSections.map((s) => ({ path: s.path, element: s.element })),
        ],
      },
    ],
  },
]);

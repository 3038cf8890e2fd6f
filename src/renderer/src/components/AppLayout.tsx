import { useState } from 'react';
import { Button } from 'react-aria-components';
import { NavLink, Outlet } from 'react-router';
import { IntegrityBadge } from '../features/audit/IntegrityBadge';
import { PROFILE_ROLE_LABELS } from '../../../shared/ipc/contracts/profiles';
import { useCurrentProfile, WhoIsWorking } from '../features/profiles/WhoIsWorking';

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/cases', label: 'Cases', end: false },
  { to: '/authorities', label: 'Authorities', end: false },
  { to: '/missions', label: 'Missions', end: false },
] as const;

export function AppLayout() {
  const profile = useCurrentProfile();
  const [switching, setSwitching] = useState(false);
  // Nobody works anonymously: until a profile is chosen, the app shows only "Who is working?".
  const asking = profile.data === null || switching;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Casefile</span>
        <span className="app-tagline">Diplomatic asylum casework</span>
        <IntegrityBadge />
        {profile.data ? (
          <span className="working-as">
            Working as <strong>{profile.data.name}</strong> (
            {PROFILE_ROLE_LABELS[profile.data.role]})
            <Button className="button small on-dark" onPress={() => setSwitching(true)}>
              Switch
            </Button>
          </span>
        ) : null}
      </header>
      <div className="app-body">
        {asking ? (
          <div />
        ) : (
          <nav className="app-nav" aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" className="app-main" tabIndex={-1}>
          {profile.isPending ? <p>Loading…</p> : null}
          {!profile.isPending && asking ? (
            <WhoIsWorking onChosen={() => setSwitching(false)} />
          ) : null}
          {!profile.isPending && !asking ? <Outlet /> : null}
        </main>
      </div>
    </div>
  );
}

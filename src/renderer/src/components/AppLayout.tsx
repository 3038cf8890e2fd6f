import { NavLink, Outlet } from 'react-router';
import { IntegrityBadge } from '../features/audit/IntegrityBadge';

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/cases', label: 'Cases', end: false },
  { to: '/authorities', label: 'Authorities', end: false },
  { to: '/missions', label: 'Missions', end: false },
] as const;

export function AppLayout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Casefile</span>
        <span className="app-tagline">Diplomatic asylum casework</span>
        <IntegrityBadge />
      </header>
      <div className="app-body">
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
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}

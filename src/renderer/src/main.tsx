import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder so `electron-vite build` has a renderer entry; the real UI replaces this file.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>Casefile</h1>
    </StrictMode>,
  );
}

// Base styles first: component stylesheets (imported by the screens) build on them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { App } from './App';
import { flushWhenLeaving } from './autosave/registry';

async function start(): Promise<void> {
  await initI18n();
  flushWhenLeaving();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();

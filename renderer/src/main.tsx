// Base styles first: component stylesheets (imported by the screens) build on them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { App } from './App';
import { flushWhenLeaving } from './autosave/registry';
import { loadStoreReport } from './store-report/storeReport';

async function start(): Promise<void> {
  await initI18n();
  flushWhenLeaving();
  // What the store found when it opened (recovered or unreadable drafts), asked once per start.
  void loadStoreReport();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();

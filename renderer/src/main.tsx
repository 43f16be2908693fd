/** Renderer entry: global styles, providers, the desk. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ShortcutProvider } from './features/shortcuts/ShortcutProvider.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import './styles/base.css';
import './styles/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ShortcutProvider>
        <App />
      </ShortcutProvider>
    </I18nProvider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepAppearanceInSync } from './app/appearance';
import { startEngine } from './app/engine-bridge';
import { keepHashTargetInView } from './app/hash-scroll';
import { registerServiceWorker } from './app/offline';
import { keepUrlInSync, loadSettingsFromUrl } from './app/url-sync';
import './app/global.css';

loadSettingsFromUrl();
keepAppearanceInSync();
keepUrlInSync();
startEngine();
if (import.meta.env.PROD) registerServiceWorker();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
keepHashTargetInView();

// Progressive enhancement only: every page works without it. Loaded as a module from our own origin (the CSP
// allows no inline script).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Print buttons: <button data-uplift-print>.
for (const button of document.querySelectorAll('[data-uplift-print]')) {
  button.addEventListener('click', () => window.print());
}

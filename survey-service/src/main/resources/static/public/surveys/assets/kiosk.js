// Kiosk mode's timers (survey/kiosk/*.html), progressive enhancement: without this script the pages work and
// nothing resets by itself. Times come from the page (uplift.survey.kiosk.*), so they are set in one place.
//
// On a question: after data-kiosk-idle-seconds without a touch or key, a warning (role="alertdialog", WCAG 2.2.1)
// counts down data-kiosk-warning-seconds with one button for more time; then the answers are discarded by going to
// the first question. The layout's language switch posts the step with the answers instead of losing them.
// On the thank-you page: back to the first question after data-kiosk-next-seconds.

const form = document.querySelector('form[data-kiosk-step]');
const next = document.querySelector('a[data-kiosk-next]');

if (form) {
  const idleSeconds = Number(form.dataset.kioskIdleSeconds);
  const warningSeconds = Number(form.dataset.kioskWarningSeconds);
  const restart = form.dataset.kioskRestart;
  const warning = document.getElementById('kiosk-idle');
  const countdown = warning.querySelector('[data-kiosk-countdown]');
  const keepGoing = warning.querySelector('[data-kiosk-keep-going]');
  let idleTimer;
  let tick;
  let returnFocus;

  const watch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(warn, idleSeconds * 1000);
  };

  const warn = () => {
    let left = warningSeconds;
    countdown.textContent = String(left);
    returnFocus = document.activeElement;
    warning.hidden = false;
    keepGoing.focus();
    tick = setInterval(() => {
      left -= 1;
      countdown.textContent = String(Math.max(left, 0));
      if (left <= 0) {
        clearInterval(tick);
        window.location.replace(restart);
      }
    }, 1000);
  };

  keepGoing.addEventListener('click', () => {
    clearInterval(tick);
    warning.hidden = true;
    if (returnFocus && returnFocus !== document.body) {
      returnFocus.focus();
    }
    watch();
  });

  // Any sign of the citizen puts the warning off, except while it shows: then only its button does.
  for (const event of ['pointerdown', 'keydown', 'input', 'scroll']) {
    document.addEventListener(event, () => {
      if (warning.hidden) {
        watch();
      }
    }, { passive: true, capture: true });
  }
  watch();

  // The layout's language switch: post this step with its answers and the new language (go=stay) instead of
  // following the link, which would start again from question 1.
  const language = document.querySelector('.uplift-header__language');
  if (language) {
    language.addEventListener('click', (event) => {
      const lang = new URL(language.href, window.location.href).searchParams.get('lang');
      if (!lang) {
        return;
      }
      event.preventDefault();
      for (const [name, value] of [['lang', lang], ['go', 'stay']]) {
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = name;
        field.value = value;
        form.append(field);
      }
      form.submit();
    });
  }
}

if (next) {
  setTimeout(() => window.location.replace(next.href), Number(next.dataset.kioskNextSeconds) * 1000);
}

import { timeOfDay } from '#i18n/time-of-day.ts';
// The idle warning of the organisers' pages (SessionWarning.astro), WCAG 2.2.1, in the manner of
// GOV.UK's timeout warning: 5 minutes before the session ends, a modal dialog says when, with
// "Stay signed in", which records activity on the server. The dialog takes focus and makes the
// page behind inert (showModal); Escape or a button closes it and focus goes back where it was.
// Escape while the session can be extended extends it, as "Stay signed in" does. When the end
// comes, the server is asked first (another tab may have kept the session going), then the dialog
// says the session has ended, with "Sign in again" (and "Close", to copy what is on the page).

/** How long before the end the warning shows. */
const WARN_BEFORE_MS = 5 * 60 * 1000;

interface Status {
  endsIn: number | null;
  final: boolean;
}

type State = 'warning' | 'absolute' | 'over';

function isStatus(value: unknown): value is Status {
  const status = value as Partial<Status> | null;
  return typeof status === 'object' && status !== null && typeof status.final === 'boolean';
}

function start(dialog: HTMLDialogElement) {
  const heading = dialog.querySelector<HTMLElement>('[data-session-heading]');
  const message = dialog.querySelector<HTMLElement>('[data-session-message]');
  const stay = dialog.querySelector<HTMLButtonElement>('[data-session-stay]');
  const signIn = dialog.querySelector<HTMLAnchorElement>('[data-session-sign-in]');
  const close = dialog.querySelector<HTMLButtonElement>('[data-session-close]');
  if (!heading || !message || !stay || !signIn || !close) return;
  const text = (key: string) => dialog.dataset[key] ?? '';
  let endsAt = Date.now() + Number(dialog.dataset.endsIn) * 1000;
  let final = dialog.dataset.final === 'true';
  let state: State | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus was when the dialog opened, to go back to. */
  let before: HTMLElement | null = null;

  // In the visitor's zone, as the pages write times.
  const at = (time: number) =>
    timeOfDay(document.documentElement.lang || 'en', new Date(time).getHours(), new Date(time).getMinutes());

  const show = (next: State, extra = '') => {
    state = next;
    heading.textContent = text(next === 'over' ? 'headingOver' : 'headingWarning');
    message.textContent = `${text(next).replace('{time}', at(endsAt))}${extra ? ` ${extra}` : ''}`;
    stay.hidden = next !== 'warning';
    signIn.hidden = next !== 'over';
    // While it can be extended, the one way out is to stay (Escape too); after, "Close".
    close.hidden = next === 'warning';
    const wasOpen = dialog.open;
    if (!wasOpen) {
      before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    // The first state opened: its action. A change while open (ended, or an extension that
    // failed) and the ended state: its message, which a screen reader then reads (and "Sign in
    // again", which leaves the page, is never where Enter lands unasked).
    const changed = next === 'over' || extra !== '' || (wasOpen && next !== 'warning');
    (changed ? message : next === 'warning' ? stay : close).focus();
  };
  const hide = () => {
    state = null;
    if (dialog.open) dialog.close();
  };
  /**
   * Said once, politely, outside the closed dialog: a live region made when first needed (it is
   * there before its words are, so that screen readers hear them).
   */
  const said = (words: string) => {
    let region = document.querySelector<HTMLElement>('[data-session-status]');
    if (!region) {
      region = document.createElement('p');
      region.className = 'visually-hidden';
      region.setAttribute('role', 'status');
      region.dataset.sessionStatus = '';
      document.body.appendChild(region);
    }
    const live = region;
    live.textContent = '';
    setTimeout(() => (live.textContent = words), 100);
  };
  const wait = (ms: number, then: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(then, Math.max(0, ms));
  };
  const update = (answer: Status) => {
    if (answer.endsIn === null) return false;
    endsAt = Date.now() + answer.endsIn * 1000;
    final = answer.final;
    return answer.endsIn > 0;
  };
  const ask = async (method: 'GET' | 'POST'): Promise<Status | 'ended' | 'failed'> => {
    try {
      const response = await fetch(dialog.dataset.status ?? '', {
        method,
        headers: { Accept: 'application/json' },
      });
      if (response.status === 401) return 'ended';
      const body: unknown = response.ok ? await response.json() : null;
      return isStatus(body) ? body : 'failed';
    } catch {
      return 'failed';
    }
  };

  function schedule() {
    const now = Date.now();
    if (now >= endsAt) {
      void end();
      return;
    }
    if (now < endsAt - WARN_BEFORE_MS) {
      wait(endsAt - WARN_BEFORE_MS - now, schedule);
      return;
    }
    if (state === null) show(final ? 'absolute' : 'warning');
    wait(endsAt - now, () => void end());
  }

  async function end() {
    // Another tab may have kept the session going: the server decides.
    const answer = await ask('GET');
    if (typeof answer === 'object' && update(answer)) {
      hide();
      schedule();
      return;
    }
    clearTimeout(timer);
    show('over');
  }

  async function extend() {
    const answer = await ask('POST');
    if (answer === 'ended') {
      clearTimeout(timer);
      show('over');
      return;
    }
    if (answer === 'failed' || !update(answer)) {
      show(final ? 'absolute' : 'warning', text('failed'));
      return;
    }
    hide();
    said(text('extended'));
    schedule();
  }

  // Focus goes back where it was, whatever closed the dialog (a button, Escape, a new state).
  dialog.addEventListener('close', () => {
    if (before?.isConnected) before.focus();
    else document.querySelector<HTMLElement>('main')?.focus();
    before = null;
  });
  // Escape: the dialog closes (the browser's cancel); while the session can be extended, that
  // is "Stay signed in".
  dialog.addEventListener('cancel', (event) => {
    if (state === 'warning') {
      event.preventDefault();
      void extend();
    } else state = null;
  });
  // Tab and Shift+Tab go round the dialog's own controls, never out to the browser's.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [stay, signIn, close].filter((control) => !control.hidden);
    // From the message (where a change puts focus), Tab goes on to the first control.
    if (document.activeElement === message && !event.shiftKey) {
      event.preventDefault();
      controls[0]?.focus();
      return;
    }
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  stay.addEventListener('click', () => void extend());
  close.addEventListener('click', hide);

  schedule();
}

const dialog = document.querySelector<HTMLDialogElement>('[data-session-warning]');
if (dialog) start(dialog);

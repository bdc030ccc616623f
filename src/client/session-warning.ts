import { timeOfDay } from '#i18n/time-of-day.ts';
// The idle warning of the organisers' pages (SessionWarning.astro), WCAG 2.2.1: 5 minutes before
// the session ends, a banner (role=alert) says when, with a "Stay signed in" button that records
// activity on the server; when the end comes, it asks the server first (another tab may have kept
// the session going) and then says the session has ended. Without JavaScript the banner stays hidden.

/** How long before the end the warning shows. */
const WARN_BEFORE_MS = 5 * 60 * 1000;
/** How long "You are still signed in." stays before the banner hides again. */
const CONFIRM_MS = 10 * 1000;

interface Status {
  endsIn: number | null;
  final: boolean;
}

function isStatus(value: unknown): value is Status {
  const status = value as Partial<Status> | null;
  return typeof status === 'object' && status !== null && typeof status.final === 'boolean';
}

function start(box: HTMLElement) {
  const message = box.querySelector<HTMLElement>('[data-session-message]');
  const stay = box.querySelector<HTMLButtonElement>('[data-session-stay]');
  const signIn = box.querySelector<HTMLElement>('[data-session-sign-in]');
  if (!message || !stay || !signIn) return;
  const text = (key: 'warning' | 'absolute' | 'over' | 'extended' | 'failed') => box.dataset[key] ?? '';
  let endsAt = Date.now() + Number(box.dataset.endsIn) * 1000;
  let final = box.dataset.final === 'true';
  let timer: ReturnType<typeof setTimeout> | undefined;

  // In the visitor's zone, as the pages write times.
  const at = (time: number) =>
    timeOfDay(document.documentElement.lang || 'en', new Date(time).getHours(), new Date(time).getMinutes());
  const show = (words: string, { button, link }: { button: boolean; link: boolean }) => {
    message.textContent = words.replace('{time}', at(endsAt));
    stay.hidden = !button;
    signIn.hidden = !link;
    box.hidden = false;
  };
  const wait = (ms: number, then: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(then, Math.max(0, ms));
  };
  const update = (status: Status) => {
    if (status.endsIn === null) return false;
    endsAt = Date.now() + status.endsIn * 1000;
    final = status.final;
    return status.endsIn > 0;
  };
  const ask = async (method: 'GET' | 'POST'): Promise<Status | 'ended' | 'failed'> => {
    try {
      const response = await fetch(box.dataset.status ?? '', {
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
    show(text(final ? 'absolute' : 'warning'), { button: !final, link: false });
    wait(endsAt - now, () => void end());
  }

  async function end() {
    // Another tab may have kept the session going: the server decides.
    const status = await ask('GET');
    if (typeof status === 'object' && update(status)) {
      box.hidden = true;
      schedule();
      return;
    }
    clearTimeout(timer);
    show(text('over'), { button: false, link: true });
  }

  stay.addEventListener('click', async () => {
    const status = await ask('POST');
    if (status === 'ended') {
      clearTimeout(timer);
      show(text('over'), { button: false, link: true });
      return;
    }
    if (status === 'failed' || !update(status)) {
      show(`${text(final ? 'absolute' : 'warning')} ${text('failed')}`, { button: true, link: false });
      return;
    }
    show(text('extended'), { button: false, link: false });
    wait(CONFIRM_MS, () => {
      box.hidden = true;
      schedule();
    });
  });

  schedule();
}

const box = document.querySelector<HTMLElement>('[data-session-warning]');
if (box) start(box);

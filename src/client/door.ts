// The door list with JavaScript (src/components/admin/DoorPage.astro): a tick updates the page at
// once and goes into a queue kept on the phone (localStorage), sent in order, again and again until
// the site has it, so that ticks made without network (the dining room of the first event is two
// floors underground) are never lost; the site keeps the first tick of a person, so two phones never
// double one. A service worker keeps the last copy of the list for opening it offline. The search
// filters as one types.

interface Tick {
  person: string;
  action: 'arrive' | 'undo';
  /** When the tick was made, on this phone (ISO). */
  at: string;
  /** Who was signed in when it was made (sent with it: the log keeps it beside who sent it). */
  as?: string;
}

type Strings = Record<
  | 'queue'
  | 'sent'
  | 'offline'
  | 'arrived'
  | 'undone'
  | 'arrive'
  | 'undo'
  | 'arriveLabel'
  | 'undoLabel'
  | 'expected'
  | 'arrivedHeading'
  | 'counts'
  | 'signOutQueue'
  | 'pending'
  | 'matches'
  | 'noMatch',
  string
>;

const main = document.querySelector<HTMLElement>('[data-door]');
const template = document.querySelector<HTMLTemplateElement>('template[data-door-strings]');
if (main && template) {
  const strings = JSON.parse(template.content.textContent || template.textContent || '{}') as Strings;
  const fill = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{([a-zA-Z]+)\}/g, (match, name: string) => String(values[name] ?? match));
  const storageKey = `door-queue:${main.dataset.event ?? ''}`;
  // Ticks this phone has sent, kept a while: a copy of the list loaded before them (offline) shows them.
  const sentKey = `door-sent:${main.dataset.event ?? ''}`;
  const generated = main.dataset.generated ?? '';
  const queueLine = main.querySelector<HTMLElement>('[data-door-queue]');
  const notice = main.querySelector<HTMLElement>('[data-door-notice]');
  const lists = {
    expected: main.querySelector<HTMLElement>('[data-door-list="expected"] ul'),
    arrived: main.querySelector<HTMLElement>('[data-door-list="arrived"] ul'),
  };

  const readQueue = (): Tick[] => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as Tick[]) : [];
    } catch {
      return [];
    }
  };
  const writeQueue = (queue: Tick[]) => localStorage.setItem(storageKey, JSON.stringify(queue));
  const readSent = (): Tick[] => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(sentKey) ?? '[]');
      return Array.isArray(parsed) ? (parsed as Tick[]) : [];
    } catch {
      return [];
    }
  };
  const remember = (tick: Tick) =>
    localStorage.setItem(sentKey, JSON.stringify([...readSent(), tick].slice(-500)));

  const rows = () => [...main.querySelectorAll<HTMLLIElement>('li[data-person]')];
  /** Whether a send has failed (no network, or refused) since the queue was last empty. */
  let stalled = !navigator.onLine;
  /**
   * The queue's line: only once a send has failed or the phone is offline (a tick on its way is no
   * news); when the queue empties after it was shown, it says so once.
   */
  const showQueue = () => {
    const waiting = readQueue().length;
    if (!queueLine) return;
    if (waiting && (stalled || !navigator.onLine)) {
      queueLine.hidden = false;
      queueLine.textContent = fill(strings.queue, { count: waiting });
    } else if (!waiting && !queueLine.hidden) {
      queueLine.textContent = strings.sent;
      stalled = false;
      setTimeout(() => {
        if (!readQueue().length) queueLine.hidden = true;
      }, 5000);
    }
  };
  const recount = () => {
    const arrived = lists.arrived?.children.length ?? 0;
    const expected = lists.expected?.children.length ?? 0;
    for (const [list, count] of [
      [lists.expected, expected],
      [lists.arrived, arrived],
    ] as const) {
      const none = list?.parentElement?.querySelector<HTMLElement>('[data-door-none]');
      if (none) none.hidden = count > 0;
    }
    const counts = main.querySelector('[data-door-counts]');
    const all = rows().length;
    if (counts) counts.textContent = fill(strings.counts, { arrived, expected, total: all });
    const headings = main.querySelectorAll<HTMLElement>('[data-door-heading]');
    for (const heading of headings) {
      const which = heading.dataset.doorHeading;
      heading.textContent = fill(which === 'arrived' ? strings.arrivedHeading : strings.expected, {
        count: which === 'arrived' ? arrived : expected,
      });
    }
  };

  /**
   * Shows `person` as arrived or expected, their button the way back; `pending` while the site has
   * not got it, and said in the notice when it is a tick just made.
   */
  const mark = (person: string, arrived: boolean, pending = true, announce = false) => {
    const row = rows().find((item) => item.dataset.person === person);
    const target = arrived ? lists.arrived : lists.expected;
    if (!row || !target) return;
    const name = row.querySelector('strong')?.textContent ?? '';
    const form = row.querySelector('form');
    const action = form?.querySelector<HTMLInputElement>('input[name="action"]');
    const button = form?.querySelector('button');
    if (action) action.value = arrived ? 'undo' : 'arrive';
    if (button) {
      button.textContent = arrived ? strings.undo : strings.arrive;
      button.setAttribute('aria-label', fill(arrived ? strings.undoLabel : strings.arriveLabel, { name }));
      button.classList.toggle('button-secondary', arrived);
      button.classList.toggle('button', !arrived);
    }
    if (!arrived) row.querySelector('[data-arrival]')?.remove();
    setPending(row, pending);
    target.insertBefore(row, target.firstChild);
    recount();
    if (notice && announce) {
      notice.textContent = fill(arrived ? strings.arrived : strings.undone, { name });
    }
  };

  /** A row's tick not yet sent: marked in words (read out too), not by colour alone. */
  function setPending(row: HTMLElement, pending: boolean) {
    row.querySelector('[data-pending-note]')?.remove();
    if (!pending) {
      delete row.dataset.pending;
      return;
    }
    row.dataset.pending = 'true';
    const note = document.createElement('span');
    note.dataset.pendingNote = '';
    note.className = 'pending-note';
    note.textContent = strings.pending;
    row.querySelector('.door-who')?.appendChild(note);
  }

  let sending = false;
  const flush = async () => {
    if (sending) return;
    sending = true;
    try {
      for (let queue = readQueue(); queue.length; queue = readQueue()) {
        const [tick] = queue;
        if (!tick) break;
        const response = await fetch(
          main.querySelector('form[data-door-tick]')?.getAttribute('action') ?? '',
          {
            method: 'POST',
            headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              action: tick.action,
              person: tick.person,
              at: tick.at,
              ...(tick.as ? { as: tick.as } : {}),
            }).toString(),
            credentials: 'same-origin',
          },
        );
        // Signed out, or refused: kept for when the page is opened again with a session.
        if (!response.ok) {
          stalled = true;
          break;
        }
        writeQueue(readQueue().slice(1));
        remember(tick);
        const row = rows().find((item) => item.dataset.person === tick.person);
        if (row) setPending(row, false);
      }
    } catch {
      // No network: the queue stays, and is sent when it returns.
      stalled = true;
    } finally {
      sending = false;
      showQueue();
    }
  };

  for (const form of main.querySelectorAll<HTMLFormElement>('form[data-door-tick]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const person = String(data.get('person') ?? '');
      const action = data.get('action') === 'undo' ? 'undo' : 'arrive';
      // Focus goes on down the list the person leaves (the next to tick), else stays with them.
      const row = form.closest('li');
      const next = [row?.nextElementSibling, row?.previousElementSibling].find(
        (item): item is HTMLElement => item instanceof HTMLElement && !item.hidden,
      );
      writeQueue([
        ...readQueue(),
        { person, action, at: new Date().toISOString(), as: main.dataset.signedInAs ?? '' },
      ]);
      mark(person, action === 'arrive', true, true);
      (next ?? row)?.querySelector('button')?.focus();
      void flush();
    });
  }

  // A copy of the list older than ticks this phone made (opened again offline) shows them as made;
  // ticks still waiting too, then they are sent.
  for (const tick of readSent()) if (tick.at > generated) mark(tick.person, tick.action === 'arrive', false);
  for (const tick of readQueue()) mark(tick.person, tick.action === 'arrive', true);
  if (notice && readQueue().length) notice.textContent = '';
  showQueue();
  if (!navigator.onLine && notice) notice.textContent = strings.offline;
  window.addEventListener('online', () => void flush());
  setInterval(() => {
    if (readQueue().length) void flush();
  }, 15_000);
  void flush();

  // Signing out clears what the site keeps on the phone, the queue too: not while ticks wait.
  main.querySelector<HTMLFormElement>('form[action$="/logout"]')?.addEventListener('submit', (event) => {
    const waiting = readQueue().length;
    if (!waiting || !queueLine) return;
    event.preventDefault();
    queueLine.hidden = false;
    queueLine.textContent = fill(strings.signOutQueue, { count: waiting });
    queueLine.setAttribute('tabindex', '-1');
    queueLine.focus();
  });

  // The search narrows the list as one types (the form still works without JavaScript).
  const search = main.querySelector<HTMLInputElement>('input[name="q"]');
  const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const matches = main.querySelector<HTMLElement>('[data-door-matches]');
  let said: ReturnType<typeof setTimeout> | undefined;
  search?.addEventListener('input', () => {
    const typed = search.value.trim();
    const needle = folded(typed);
    for (const row of rows()) row.hidden = needle !== '' && !(row.dataset.search ?? '').includes(needle);
    // How many are shown, said once typing pauses.
    clearTimeout(said);
    said = setTimeout(() => {
      if (!matches) return;
      const shown = rows().filter((row) => !row.hidden).length;
      matches.textContent = !needle
        ? ''
        : shown
          ? fill(strings.matches, { count: shown, total: rows().length })
          : fill(strings.noMatch, { text: typed });
    }, 500);
  });

  if ('serviceWorker' in navigator && main.dataset.worker) {
    navigator.serviceWorker.register(main.dataset.worker).catch(() => {
      // Without it the list still works online; only opening it offline needs it.
    });
  }
}

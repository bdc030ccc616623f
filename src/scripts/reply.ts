// Optional enhancement of the reply form; everything works without it. It shows only the parts
// that apply to the chosen answer, checks the required delegate fields before sending, and sends
// without a page load: the server's own answer page replaces the form, announced by a live region.

function enhance(form: HTMLFormElement) {
  const status = form.querySelector<HTMLElement>('[data-status]');
  const live = document.querySelector<HTMLElement>('[data-live]');
  const attending = () => new FormData(form).get('attending') ?? '';

  const sync = () => {
    for (const part of form.querySelectorAll<HTMLElement>('[data-when]')) {
      const shown = (part.dataset.when ?? '').split(' ').includes(String(attending()));
      part.hidden = !shown;
      // Hidden answers are not sent, so a changed mind leaves no stray delegate or companion.
      for (const field of part.querySelectorAll<HTMLInputElement>('input, textarea')) field.disabled = !shown;
    }
  };
  form.addEventListener('change', sync);
  sync();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing = [...form.querySelectorAll<HTMLInputElement>('[data-required]:not(:disabled)')].filter(
      (field) => !field.value.trim(),
    );
    for (const field of form.querySelectorAll<HTMLInputElement>('[data-required]')) {
      field.setAttribute('aria-invalid', String(missing.includes(field)));
    }
    if (missing.length) {
      if (status) status.textContent = form.dataset.required ?? '';
      missing[0]?.focus();
      return;
    }
    if (status) status.textContent = form.dataset.sending ?? '';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])),
      });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const main = page.querySelector('main');
      const current = document.querySelector('main');
      if (!main || !current) throw new Error('unexpected answer');
      current.replaceWith(main);
      document.title = page.title;
      // The error summary when there is one (it comes after the heading in the page), else the heading.
      const focus =
        main.querySelector<HTMLElement>('.error-summary') ?? main.querySelector<HTMLElement>('h1');
      if (focus) {
        focus.tabIndex = -1;
        focus.focus();
      }
      if (live) live.textContent = focus?.textContent?.trim() ?? '';
      const again = main.querySelector<HTMLFormElement>('[data-reply-form]');
      if (again) enhance(again);
    } catch {
      if (status) status.textContent = form.dataset.networkError ?? '';
    }
  });
}

const form = document.querySelector<HTMLFormElement>('[data-reply-form]');
if (form) enhance(form);

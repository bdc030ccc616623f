// Optional enhancement of the reply form; everything works without it. It shows only the parts
// that apply to the chosen answer and sends without a page load: the server's own answer page
// replaces the form, so a refusal shows the same error summary and messages as without
// JavaScript (one error pattern; nothing is checked only here), and focus moves to it.

function enhance(form: HTMLFormElement) {
  const status = form.querySelector<HTMLElement>('[data-status]');
  const attending = () => new FormData(form).get('attending') ?? '';
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');

  const sync = () => {
    for (const part of form.querySelectorAll<HTMLElement>('[data-when]')) {
      const shown = (part.dataset.when ?? '').split(' ').includes(String(attending()));
      part.hidden = !shown;
      // Hidden answers are not sent, so a changed mind leaves no stray delegate or companion.
      for (const field of part.querySelectorAll<HTMLInputElement>('input, textarea')) field.disabled = !shown;
    }
    // A problem in a part the answer no longer has is no longer one: its line leaves the summary.
    if (summary) {
      const lines = [...summary.querySelectorAll('li')];
      for (const line of lines) {
        const target = document.getElementById(line.querySelector('a')?.hash.slice(1) ?? '');
        line.hidden = Boolean(target?.closest('[hidden]'));
      }
      summary.hidden = lines.every((line) => line.hidden);
    }
  };
  form.addEventListener('change', sync);
  sync();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
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
      // The error summary when there is one (it comes after the heading in the page), else the
      // heading. Focus alone announces it: a live region as well would read it twice.
      const focus =
        main.querySelector<HTMLElement>('[data-error-summary]') ?? main.querySelector<HTMLElement>('h1');
      if (focus) {
        focus.tabIndex = -1;
        focus.focus();
      }
      const again = main.querySelector<HTMLFormElement>('[data-reply-form]');
      if (again) enhance(again);
    } catch {
      if (status) status.textContent = form.dataset.networkError ?? '';
    }
  });
}

const form = document.querySelector<HTMLFormElement>('[data-reply-form]');
if (form) enhance(form);

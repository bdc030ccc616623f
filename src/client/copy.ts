// Optional: a "Copy link" button beside each personal link on the dashboard. Without JavaScript
// the link stands in a read-only field to select and copy by hand, and the button stays hidden.

const table = document.querySelector<HTMLElement>('[data-copied]');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy ?? '');
  if (!(field instanceof HTMLInputElement) || !navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(field.value);
    button.textContent = table?.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 2000);
  });
}

// Optional enhancement: when the visitor's time zone differs from the event's, show the start in
// theirs too. The page is complete without it.
for (const element of document.querySelectorAll<HTMLElement>('.local-time')) {
  const { start = '', zone = '', lang = 'en', template = '' } = element.dataset;
  const instant = new Date(start);
  const offset = (timeZone?: string) =>
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(instant).split(' ').pop();
  if (offset() === offset(zone)) continue;
  const local = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(instant);
  // Its line is reserved by the stylesheet: filling it moves nothing.
  element.textContent = template.replace('{time}', local);
}

// Optional enhancement: when the visitor's time zone differs from the event's, show the start in
// theirs too. The page is complete without it.
for (const element of document.querySelectorAll<HTMLElement>('.local-time')) {
  const { start = '', zone = '', lang = 'en', template = '' } = element.dataset;
  const instant = new Date(start);
  const offset = (timeZone?: string) =>
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(instant).split(' ').pop();
  if (offset() === offset(zone)) continue;
  // A browser without this language's dates (Chromium has none for Maltese or Irish) would write
  // English into the page: better no line than a wrong-language one. Times are 24-hour, as the
  // page writes them in every EU language.
  if (!Intl.DateTimeFormat.supportedLocalesOf([lang]).length) continue;
  const local = new Intl.DateTimeFormat(lang, {
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(instant);
  // Its line is reserved by the stylesheet: filling it moves nothing.
  element.textContent = template.replace('{time}', local);
}

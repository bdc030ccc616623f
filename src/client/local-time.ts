import { timeOfDay } from '#i18n/time-of-day.ts';

// Optional enhancement: when the visitor's time zone differs from the event's, show the start in
// theirs too. The page is complete without it.
for (const element of document.querySelectorAll<HTMLElement>('.local-time')) {
  const { start = '', zone = '', lang = 'en', template = '', months, weekdays, date, at } = element.dataset;
  const instant = new Date(start);
  const offset = (timeZone?: string) =>
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(instant).split(' ').pop();
  if (offset() === offset(zone)) continue;
  // The time as the page writes times in this language ("19.00", "19 h"), in the visitor's zone.
  const time = timeOfDay(lang, ...hourAndMinute(instant));
  let local: string;
  if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length) {
    // The language's own date and joining words ("mercredi 8 octobre 2014 à"), its own time form.
    const parts = new Intl.DateTimeFormat(lang, {
      dateStyle: 'full',
      timeStyle: 'short',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const first = parts.findIndex((part) => part.type === 'hour');
    const last = parts.findLastIndex((part) => part.type === 'minute');
    local =
      first < 0 || last < first
        ? parts.map((part) => part.value).join('')
        : [
            ...parts.slice(0, first).map((part) => part.value),
            time,
            ...parts.slice(last + 1).map((part) => part.value),
          ].join('');
  } else if (months && weekdays && date && at) {
    // A browser without this language's dates (Chromium has none for Maltese or Irish) would write
    // English: the page gives its own CLDR names and patterns, the ones the server writes with.
    const part = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        weekday: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(instant)
        .map(({ type, value }) => [type, value]),
    );
    const day = date
      .replace(
        '{weekday}',
        weekdays.split('|')[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part.weekday ?? '')] ??
          '',
      )
      .replace('{day}', part.day ?? '')
      .replace('{month}', months.split('|')[Number(part.month) - 1] ?? '')
      .replace('{year}', part.year ?? '');
    local = at.replace('{date}', day).replace('{time}', time);
  } else continue;
  // Its line is reserved by the stylesheet: filling it moves nothing.
  element.textContent = template.replace('{time}', local);
}

/** The hour and minute of `instant` in the visitor's own time zone. */
function hourAndMinute(instant: Date): [number, number] {
  return [instant.getHours(), instant.getMinutes()];
}

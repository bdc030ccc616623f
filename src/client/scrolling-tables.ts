// A table that scrolls sideways sits in a region that is a keyboard stop (tabindex="0" in the HTML,
// so it can be scrolled without a mouse, JavaScript or not). Where there is nothing to scroll — a
// wide screen, a short table — that stop would do nothing: here it is one only while the table
// overflows, checked again whenever the region's size changes (a turned phone, an opened <details>).
const regions = document.querySelectorAll<HTMLElement>('[data-scrolling-table]');
const update = () => {
  for (const region of regions) {
    const overflows = region.scrollWidth > region.clientWidth;
    if (overflows) region.tabIndex = 0;
    else if (document.activeElement !== region) region.removeAttribute('tabindex');
    // The line that says so, shown exactly while there is more to see.
    const hint = region.previousElementSibling;
    if (hint instanceof HTMLElement && hint.matches('[data-scroll-hint]'))
      hint.dataset.overflows = String(overflows);
  }
};
const observer = new ResizeObserver(update);
for (const region of regions) observer.observe(region);

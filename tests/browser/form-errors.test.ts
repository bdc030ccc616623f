import { describe, expect, inject, it } from 'vitest';
import { translator, type MessageKey } from '#i18n/index.ts';
import { axFacts } from './ax-tree.ts';
import { accessibilityViolationsOfSnapshot, useBrowser } from './browser.ts';
import { allergenCodes, dietaryCodes } from '#schemas/reply.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const browser = useBrowser();

/** Guests whose forms are only ever refused here (nothing is written), one per language. */
const cases = [
  { lang: 'en', guest: 'testerrorsen' },
  { lang: 'el', guest: 'testerrorsel' },
  { lang: 'fi', guest: 'testerrorsfi' },
] as const;

/** The refusal provoked below: a delegate without name or position, a reply-for with a bad address. */
const expected: { control: string; label: MessageKey; fix: MessageKey }[] = [
  { control: 'f-delegate-name', label: 'reply.delegate.name', fix: 'fix.delegate.name.required' },
  { control: 'f-delegate-position', label: 'reply.delegate.position', fix: 'fix.delegate.position.required' },
  { control: 'f-respondent-name', label: 'reply.respondent.name', fix: 'fix.respondent.name.required' },
  {
    control: 'f-respondent-email',
    label: 'reply.respondent.email',
    fix: 'fix.respondent.email.invalid_email',
  },
];

describe('a refused reply form, with JavaScript off and on', () => {
  for (const javaScriptEnabled of [false, true]) {
    for (const { lang, guest } of cases) {
      it(`${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: title, focus on the summary, links that name each field and reach it, messages in the accessibility tree`, async () => {
        const t = translator(lang);
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 375, height: 800 },
        });
        context.setDefaultTimeout(5000);
        const page = await context.newPage();
        await page.goto(new URL(links[guest] ?? '', baseUrl).href);
        await page.locator('input[name=attending][value=delegate]').check();
        await page.locator('[name="respondent.email"]').fill('not an address');
        await page.locator('form[data-reply-form] button[type=submit]').click();
        const summary = page.locator('[data-error-summary]');
        await summary.waitFor();

        expect(await page.title()).toMatch(new RegExp(`^${t('reply.errorTitle', { title: '' })}`));
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(
          true,
        );
        expect((await axFacts(page, '[data-error-summary]')).focused).toBe(true);

        // One line a problem, each saying what to do in words that name the field.
        const lines = await summary.locator('a').evaluateAll((anchors: HTMLAnchorElement[]) =>
          anchors.map((anchor) => ({
            text: anchor.textContent?.trim() ?? '',
            target: anchor.hash.slice(1),
          })),
        );
        // In the order of the form, top to bottom.
        expect(lines.map(({ target }) => target)).toEqual(expected.map(({ control }) => control));
        for (const { control, label, fix } of expected) {
          const line = lines.find(({ target }) => target === control);
          expect(line?.text).toBe(t(fix));
          // Following the link puts focus in the field, which the tree gives as invalid, with its
          // label as name and the same message as description.
          await summary.locator(`a[href="#${control}"]`).click();
          expect(await page.evaluate(() => document.activeElement?.id)).toBe(control);
          const facts = await axFacts(page, `#${control}`);
          expect(facts.invalid).toBe(true);
          expect(facts.name).toContain(t(label));
          expect(facts.description).toContain(t(fix));
        }
        expect((await axFacts(page, '#f-delegate-name')).required).toBe(true);

        // Every control marked invalid names, in aria-describedby, a message that is on the page.
        const invalid = await page.locator('[aria-invalid=true]').evaluateAll((elements) =>
          elements.map(
            (element) =>
              (element.getAttribute('aria-describedby') ?? '')
                .split(' ')
                .map((id) => document.getElementById(id))
                .filter((target) => target?.classList.contains('field-error') && target.textContent?.trim())
                .length,
          ),
        );
        expect(invalid.length).toBe(expected.length);
        for (const messages of invalid) expect(messages).toBe(1);

        expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('a long summary on a phone (#26 item 6)', () => {
  for (const javaScriptEnabled of [false, true])
    for (const width of [320, 375])
      it(`Greek, four problems, ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the summary comes straight after the heading, its top in view`, async () => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 640 } });
        context.setDefaultTimeout(5000);
        const page = await context.newPage();
        await page.goto(new URL(links.testerrorsel ?? '', baseUrl).href);
        await page.locator('input[name=attending][value=delegate]').check();
        await page.locator('[name="respondent.email"]').fill('not an address');
        await page.locator('form[data-reply-form] button[type=submit]').click();
        const summary = page.locator('[data-error-summary]');
        await summary.waitFor();
        expect(await summary.evaluate((element) => element.previousElementSibling?.tagName)).toBe('H1');
        const heading = await summary.locator('h2').boundingBox();
        expect(heading?.y ?? -2).toBeGreaterThanOrEqual(-1);
        if (width === 375) {
          // The page's own heading stays in view above the summary (it fits; #26 re-audit N9).
          const h1 = await page.locator('h1').boundingBox();
          expect(h1?.y ?? -2).toBeGreaterThanOrEqual(-1);
        }
        // A link of the summary brings its field's label into view, not only the control (with
        // JavaScript; without it the control comes with the room CSS leaves above it).
        await summary.locator('a[href="#f-respondent-name"]').click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-respondent-name');
        if (javaScriptEnabled) {
          const label = await page.locator('label[for="f-respondent-name"]').boundingBox();
          expect(label?.y ?? -2).toBeGreaterThanOrEqual(-1);
        }
        if (process.env.SHOTS_DIR)
          await page.screenshot({
            path: `${process.env.SHOTS_DIR}/summary-el-${width}-${javaScriptEnabled ? 'js' : 'nojs'}.png`,
          });
        await context.close();
      });
});

describe('the reply form after a refusal, and without JavaScript', () => {
  it('JavaScript on: a problem in a part the new answer does not have leaves the summary', async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await page.goto(new URL(links.testerrorsen ?? '', baseUrl).href);
    await page.locator('input[name=attending][value=delegate]').check();
    await page.locator('[name="respondent.email"]').fill('not an address');
    await page.locator('form[data-reply-form] button[type=submit]').click();
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor();
    expect(await summary.locator('li:visible').count()).toBe(4);
    await page.locator('input[name=attending][value=yes]').check();
    // The delegate's two lines go; the reply-for lines stay.
    expect(await summary.locator('li:visible a').allInnerTexts()).toEqual([
      'Enter your name, or leave the e-mail address and telephone empty.',
      'Enter an e-mail address in the correct format, like name@example.com.',
    ]);
    await page.locator('[name="respondent.email"]').fill('');
    await page.locator('input[name=attending][value=delegate]').check();
    expect(await summary.locator('li:visible').count()).toBe(4);
    await context.close();
  });

  it('JavaScript off: companions are folded until used, so a second companion adds a line, not a page', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    const height = async (guest: string) => {
      await page.goto(new URL(links[guest] ?? '', baseUrl).href);
      return page.evaluate(() => document.querySelector('form[data-reply-form]')?.scrollHeight ?? 0);
    };
    // Two English guests: no companion, and one.
    const without = await height('testerrorsen');
    const withOne = await height('testfoldone');
    expect(withOne - without).toBeLessThan(300); // its fieldset, hint and folded line (a page before)
    // Complete all the same: the companion's every field is in the form, one click away.
    const companion = page.locator('details.companion');
    expect(await companion.count()).toBe(1);
    expect(await companion.getAttribute('open')).toBeNull();
    expect(await page.locator('[name="companions.0.name"]').isVisible()).toBe(false);
    await companion.locator('summary').click();
    expect(await page.locator('[name="companions.0.name"]').isVisible()).toBe(true);
    expect(await companion.locator('input[name="companions.0.dietary"]').count()).toBe(dietaryCodes.length);
    for (const field of ['allergens', 'severeAllergens'])
      expect(await companion.locator(`input[name="companions.0.${field}"]`).count()).toBe(
        allergenCodes.length,
      );
    await context.close();
  });
});

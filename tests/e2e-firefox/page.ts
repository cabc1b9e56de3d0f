import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Page steps for the Firefox suite, by what a person sees: a field by its label's text, a button
 * by its name. Typing and clicks are real input through puppeteer.
 */

/** The form control whose label starts with `label`. Throws when there is none. */
export async function field(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('label')].some((l) => l.textContent?.trim().startsWith(text)),
    { timeout: 10_000 },
    label,
  );
  const handle = await page.evaluateHandle(
    (text) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text))
        ?.control ?? null,
    label,
  );
  const element = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!element) throw new Error(`No control labelled "${label}"`);
  return element;
}

/** Replaces a field's value by typing, as a person would. */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  const input = await field(page, label);
  await input.evaluate((element) => {
    element.select();
  });
  await page.keyboard.press('Backspace');
  await input.type(value);
}

/** The enabled button (or tab) whose trimmed text or aria-label is `name`, once there is one. */
export async function button(
  page: Page,
  name: string,
  within = 'body',
): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (text, scope) =>
      [...(document.querySelector(scope)?.querySelectorAll('button') ?? [])].find(
        (b) =>
          (b.textContent?.trim() === text || b.getAttribute('aria-label') === text) && !b.disabled,
      ),
    { timeout: 15_000 },
    name,
    within,
  );
  return handle as unknown as ElementHandle<HTMLButtonElement>;
}

export async function clickButton(page: Page, name: string, within = 'body'): Promise<void> {
  await (await button(page, name, within)).click();
}

/** The text of the first element matching `selector`, once there is one. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout: 15_000 });
  return (await element!.evaluate((e) => e.textContent)) ?? '';
}

/** Waits until the element matching `selector` contains `text`. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    (s, t) => [...document.querySelectorAll(s)].some((e) => e.textContent?.includes(t)),
    { timeout: 15_000 },
    selector,
    text,
  );
}

/** The value of the field labelled `label`. */
export async function valueOf(page: Page, label: string): Promise<string> {
  return (await field(page, label)).evaluate((element) => element.value);
}

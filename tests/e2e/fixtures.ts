import { test as base, expect, type Page } from '@playwright/test';
import type { CasefileApi } from '../../src/preload/index.d';

type Session = { sessionId: string; dataDir: string };
type ProfileInput = { name: string; role: 'LEGAL_ADVISER' | 'HEAD_OF_MISSION' | 'DUTY_OFFICER' };
/** What the page asked for: requests to the app's own origin, and any that tried to go elsewhere. */
export type RequestLog = { sameOrigin: number; offsite: string[] };

function hostUrl(): string {
  const port = process.env.CASEFILE_HOST_PORT;
  if (!port) throw new Error('CASEFILE_HOST_PORT is not set: is the loopback host running?');
  return `http://127.0.0.1:${port}`;
}

/**
 * Every test gets its own session on the loopback host, hence a fresh data dir and database,
 * and a page whose requests all carry the run token and the session id.
 */
export const test = base.extend<{
  session: Session;
  app: Page;
  profile: ProfileInput | null;
  offsite: RequestLog;
}>({
  // Who is working when the test starts (issue 3). A test of the first-run screen sets
  // `test.use({ profile: null })` and meets "Who is working?" itself.
  profile: [{ name: 'Ana Adviser', role: 'LEGAL_ADVISER' }, { option: true }],
  session: async ({ playwright }, use) => {
    const token = process.env.CASEFILE_HOST_TOKEN ?? '';
    const request = await playwright.request.newContext({
      baseURL: hostUrl(),
      extraHTTPHeaders: { 'x-casefile-token': token },
    });
    const res = await request.post('/__host/sessions');
    expect(res.ok()).toBe(true);
    const session = (await res.json()) as Session;
    await use(session);
    await request.delete('/__host/sessions', {
      headers: { 'x-casefile-session': session.sessionId },
    });
    await request.dispose();
  },
  // Playwright requires the object pattern even when a fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(hostUrl());
  },
  extraHTTPHeaders: async ({ session }, use) => {
    await use({
      'x-casefile-token': process.env.CASEFILE_HOST_TOKEN ?? '',
      'x-casefile-session': session.sessionId,
    });
  },
  offsite: async ({ page }, use) => {
    // R-offline for every test: each request the page makes is intercepted; anything not for the
    // app's own origin is aborted before it leaves and fails the test.
    const origin = new URL(hostUrl()).origin;
    const log: RequestLog = { sameOrigin: 0, offsite: [] };
    await page.context().route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
        log.sameOrigin++;
        await route.continue();
      } else {
        log.offsite.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await use(log);
    expect(log.offsite, 'requests that tried to leave the app origin').toEqual([]);
  },
  app: async ({ page, profile, offsite }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // An aborted off-site request logs a console error; the offsite fixture already fails it.
      if (offsite.offsite.length > 0 && /ERR_BLOCKED_BY_CLIENT/.test(m.text())) return;
      problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    if (profile) {
      // Through the same window.api the first-run screen uses, then a fresh start as that person.
      await page.evaluate(async (p) => {
        const { api } = globalThis as unknown as {
          api: Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
        };
        const r = await api['profiles:create']?.(p);
        if (!r?.ok) throw new Error('could not create the test profile');
      }, profile);
      await page.reload();
    }
    await use(page);
    // A CSP violation or an uncaught error in the renderer fails the test that caused it.
    expect(problems, 'console errors in the renderer').toEqual([]);
  },
});

export { expect };

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;

/** Calls a channel from the page, as the UI does. */
export async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([c, i]) => {
      const r = await (globalThis as unknown as { api: Api }).api[c]?.(i);
      if (!r?.ok) throw new Error(`${String(c)} failed: ${JSON.stringify(r)}`);
      return r.value as T;
    },
    [channel, input] as const,
  );
}

/**
 * A mission and one open case, made through window.api (the same calls the UI makes), for tests
 * that need a case to exist rather than to test how one is made. Returns the case reference.
 */
export async function seedCase(page: Page): Promise<string> {
  // Runs in the page, where window.api is the preload's (or the host's) CasefileApi.
  return page.evaluate(async () => {
    const { api } = globalThis as unknown as { api: CasefileApi };
    const mission = await api['missions:create']({
      name: 'Embassy in Quito',
      code: 'QUI',
      sendingState: 'GBR',
      hostState: 'ECU',
      premisesType: 'EMBASSY_CHANCERY',
    });
    if (!mission.ok) throw new Error(mission.error.message);
    const opened = await api['cases:open']({ missionId: mission.value.id });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value.reference;
  });
}

/** Fills and submits the Missions form, as an adviser would. */
export async function addMission(page: Page, name: string, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Mission name' }).fill(name);
  await page.getByRole('textbox', { name: 'Short code' }).fill(code);
  await page.getByRole('textbox', { name: 'Sending state' }).fill('GBR');
  await page.getByRole('textbox', { name: 'Host state' }).fill('ECU');
  await page.getByRole('button', { name: /Premises/ }).click();
  await page.getByRole('option', { name: 'Embassy chancery' }).click();
  await page.getByRole('button', { name: 'Add mission' }).click();
}

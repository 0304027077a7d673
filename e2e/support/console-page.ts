import type { Locator, Page, Response } from '@playwright/test';

/** What every page of the console shows: the header with both leaders, banners, navigation. */
export class ConsolePage {
  readonly header: Locator;
  readonly alerts: Locator;
  readonly main: Locator;
  private readonly failedApiResponses: string[] = [];

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.alerts = page.getByRole('alert');
    this.main = page.getByRole('main');
    page.on('response', (response: Response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/') && response.status() >= 400) {
        this.failedApiResponses.push(`${response.status()} ${url.pathname}`);
      }
    });
    page.on('requestfailed', (request) => {
      // A read the console itself cancelled (superseded by a pushed change) is not a failure.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) this.failedApiResponses.push(`failed ${url.pathname}`);
    });
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  /** The leader shown for a side, e.g. "127.0.0.1:40123". */
  leader(side: 'Mesos' | 'Marathon'): Locator {
    return this.header.getByRole('definition').filter({
      has: this.page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${side} leader"]`),
    });
  }

  /** Every /api request that failed or answered with an error since the page was opened. */
  apiFailures(): readonly string[] {
    return this.failedApiResponses;
  }
}

/**
 * out/index.html in a real browser: Debian's Chromium, driven by playwright-core, opens it from
 * file:// and from a local server and follows its links.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDS, sitrep, tempDir } from "./helpers.js";

/** Flags that keep Chromium off the network this machine does not have. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

describe("the download page in headless Chromium", () => {
  const out = join(tempDir(), "out");
  let browser: Browser;
  let server: Server;
  let origin = "";

  beforeAll(async () => {
    expect((await sitrep(["build", "--seeds", SEEDS, "--out", out])).code).toBe(0);
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
    // A plain static server over out/, as a user's web server would be.
    server = createServer((req, res) => {
      const path = normalize(join(out, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
      if (!path.startsWith(out + sep) || !existsSync(path) || !statSync(path).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-length": statSync(path).size });
      createReadStream(path).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("shows every file from file://, with links that point inside out/", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, "index.html")).href);
    expect(await page.title()).toMatch(/^sitrep: briefings and datasets/);
    const hrefs = await page.$$eval("td a", (links) => links.map((a) => (a as unknown as { href: string }).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(15);
    // The article briefs are listed by title, each linking to its PDF.
    expect(hrefs.filter((h) => /\/briefings\/articles\/[^/]+\.pdf$/.test(h))).toHaveLength(1);
    for (const href of hrefs) {
      expect(href.startsWith(pathToFileURL(out).href)).toBe(true);
      expect(existsSync(new URL(href))).toBe(true);
    }
    await page.close();
  });

  it("follows the briefing link when served, and gets the PDF's bytes", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/briefings/briefing.pdf")),
      page.click("text=the briefing PDF"),
    ]);
    expect(response.status()).toBe(200);
    expect(Number(response.headers()["content-length"])).toBe(
      readFileSync(join(out, "briefings", "briefing.pdf")).length,
    );
    await page.close();
  });
});

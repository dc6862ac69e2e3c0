import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayName, listSeeds } from "./seeds.js";
import { OutputFolder } from "./write-datasets.js";

const temp = () => mkdtempSync(join(tmpdir(), "sitrep-seeds-"));

describe("listing a seeds folder", () => {
  it("lists seeds by name in UTF-16 order, as every table is sorted, not in the file system's byte order", async () => {
    const dir = temp();
    const names = ["\uff5a.txt", "😀.txt", "a.txt", "B.txt"];
    for (const name of names) writeFileSync(join(dir, name), "date 2024-01-01\nText.");
    expect(readdirSync(dir)).toEqual(["B.txt", "a.txt", "\uff5a.txt", "😀.txt"]);
    const { seeds } = await listSeeds(dir);
    expect(seeds.map((s) => s.sourceFile)).toEqual(["B.txt", "a.txt", "😀.txt", "\uff5a.txt"]);
  });

  it("shows bytes that are not UTF-8, control and invisible characters as %XX, and keeps the rest", () => {
    expect(displayName(Buffer.from("Überblick 報道 50% off.txt"))).toBe("Überblick 報道 50% off.txt");
    expect(displayName(Buffer.from([0x62, 0xa3, 0xff, 0x2e, 0x74]))).toBe("b%A3%FF.t");
    expect(displayName(Buffer.from("line\nbreak\u202egpj.txt"))).toBe("line%0Abreak%E2%80%AEgpj.txt");
  });

  it("gives two names that show alike distinct source files, whatever order they are listed in", async () => {
    const dir = temp();
    writeFileSync(join(dir, "a%FF.txt"), "date 2024-01-01\nWritten out.");
    writeFileSync(
      Buffer.from([...Buffer.from(join(dir, "a")), 0xff, ...Buffer.from(".txt")]),
      "date 2024-01-01\nA byte.",
    );
    const { seeds } = await listSeeds(dir);
    expect(seeds.map((s) => s.sourceFile)).toEqual(["a%FF.txt", "a%FF.txt (bytes %61%FF%2E%74%78%74)"]);
    expect(readFileSync(seeds[1]?.path as Buffer, "utf8")).toContain("A byte.");
    const nfd = temp();
    writeFileSync(join(nfd, "caf\u00e9.txt"), "date 2024-01-01\nComposed.");
    writeFileSync(join(nfd, "cafe\u0301.txt"), "date 2024-01-01\nDecomposed.");
    const both = (await listSeeds(nfd)).seeds.map((s) => s.sourceFile);
    expect(both).toEqual(["cafe\u0301.txt (bytes %63%61%66%65%CC%81%2E%74%78%74)", "caf\u00e9.txt"]);
  });

  it("reads a folder given through a link and '..' as the folder the path names", async () => {
    const root = temp();
    mkdirSync(join(root, "real", "sub"), { recursive: true });
    writeFileSync(join(root, "real", "in-real.txt"), "date 2024-01-01\nReal.");
    const { seeds } = await listSeeds(join(root, "real", "sub", ".."));
    expect(seeds.map((s) => s.sourceFile)).toEqual(["in-real.txt"]);
  });
});

describe("an output folder after a killed run", () => {
  it("puts back the previous folder a kill left set aside mid-swap, and clears the dead run's staging", async () => {
    const root = temp();
    // A process that has exited: its ID names the dead run.
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid as number;
    mkdirSync(join(root, `.datasets.tmp-${dead}.old`));
    writeFileSync(join(root, `.datasets.tmp-${dead}.old`, "rows.csv"), "previous");
    mkdirSync(join(root, `.datasets.tmp-${dead}`));
    const out = await new OutputFolder(join(root, "datasets")).open();
    expect(readFileSync(join(root, "datasets", "rows.csv"), "utf8")).toBe("previous");
    expect(readdirSync(root).sort()).toEqual([`.datasets.tmp-${process.pid}`, "datasets"]);
    await out.abandon();
  });
});

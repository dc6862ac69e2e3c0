/** The CI workflow users download briefings from runs exactly the README's two commands and uploads out/. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

describe(".github/workflows/build.yml", () => {
  const workflow = readFileSync(join(REPO, ".github/workflows/build.yml"), "utf8");
  const readme = readFileSync(join(REPO, "README.md"), "utf8");

  it("runs the README's setup-and-build and setup-and-test commands", () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const commands = block.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
    expect(commands).toHaveLength(2);
    const runs = [...workflow.matchAll(/^\s+run: (.+)$/gm)].map((m) => m[1]?.trim());
    for (const command of commands) expect(runs).toContain(command.trim());
  });

  it("uploads out/ as an artifact", () => {
    expect(workflow).toMatch(/uses: actions\/upload-artifact@v4[\s\S]*path: out\//);
  });
});

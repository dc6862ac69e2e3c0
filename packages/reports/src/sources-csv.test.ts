import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetsOf } from "../test/datasets.js";
import { sourceRows } from "./sources-csv.js";

const seeds = new URL("../../../seeds/", import.meta.url);

describe("sourceRows", () => {
  it("sums up the original seed: captions, credits, embedded posts, handles and the Ukrainian passage", () => {
    const name = readdirSync(seeds).find((f) => f.endsWith(".txt")) as string;
    const [row] = sourceRows(datasetsOf({ [name]: readFileSync(new URL(name, seeds)) }));
    expect(row).toMatchObject({
      published: "2023-09-23",
      language: "en",
      headings: 1,
      captions: 3,
      social_posts: 2,
      credits: "AP | Iryna Rybakova via AP",
      social_handles: "@POTUS",
      other_languages: "uk",
      weapons: "ATACMS | Storm Shadow | BM-21 Grad | cluster munitions | HIMARS",
      source_file: name,
    });
    expect(row?.people?.split(" | ").slice(0, 2)).toEqual(["Joe Biden", "Volodymyr Zelenskyy"]);
    expect(row?.places?.split(" | ")[0]).toBe("Ukraine");
    expect(row?.lede).toMatch(/^US President Joe Biden has told Ukraine's President Volodymyr Zelenskyy/);
  });

  it("lists articles by publication date, then ID", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const rows = sourceRows(
      datasetsOf({
        "b.txt": enc("date 2024-02-01 Later."),
        "c.txt": enc("date 2024-01-01 Earlier."),
        "a.txt": enc("date 2024-02-01 Same day."),
      }),
    );
    expect(rows.map((r) => r.article_id)).toEqual(["c", "a", "b"]);
  });
});

import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

/** Recorded in every manifest, so an output names the code that made it. */
export const SOFTWARE = { name: "sitrep", version: pkg.version } as const;

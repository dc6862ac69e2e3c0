import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The evaluation tests run the whole pipeline over the development sets, and the first one
    // loads the gazetteer (about 2 s alone, several times that on a busy CI runner).
    testTimeout: 60_000,
    // The hostile-input folder is normalized once in a hook: megabyte lines, a 64 GiB sparse file.
    hookTimeout: 60_000,
  },
});

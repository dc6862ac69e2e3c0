import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // End-to-end tests start the compiled CLI, pdftotext, qpdf and LibreOffice.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

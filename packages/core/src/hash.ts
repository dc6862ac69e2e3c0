import { createHash } from "node:crypto";

/** Hex SHA-256 of text (as UTF-8) or bytes; the one hash used for every checksum sitrep records. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

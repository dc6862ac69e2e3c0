/** Run by `compile` after tsc: writes dist/gazetteer-sources.json (see gazetteer-sources.ts). */
import { SNAPSHOT, writeSnapshot } from "./gazetteer-sources.js";

writeSnapshot();
console.log(`wrote ${SNAPSHOT.pathname}`);

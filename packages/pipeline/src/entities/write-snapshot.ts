/** Run by `compile` after tsc: writes dist/gazetteer-sources.json and dist/gazetteer.json (see gazetteer-sources.ts). */
import { Gazetteer } from "./gazetteer.js";
import { BUILT_SNAPSHOT, builtKey, loadSources, SNAPSHOT, writeBuilt, writeSnapshot } from "./gazetteer-sources.js";

writeSnapshot();
console.log(`wrote ${SNAPSHOT.pathname}`);
// Built from the lists just written, as any process without the built snapshot would build it.
writeBuilt(BUILT_SNAPSHOT, new Gazetteer(loadSources()).dump(builtKey()));
console.log(`wrote ${BUILT_SNAPSHOT.pathname}`);

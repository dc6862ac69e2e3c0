export {
  type ArticleInput,
  BATCH_ARTICLES,
  type NormalizedArticle,
  normalizeArticle,
  normalizeArticles,
  shortenTitle,
} from "./article.js";
export { type BlockDraft, classifyBlocks } from "./blocks.js";
export { parseWrittenDate } from "./calendar.js";
export { EntityTable, extractMentions, gazetteer } from "./entities/index.js";
export { type WeaponSpec, weaponSpecs } from "./entities/weapons.js";
export { formatScores, type Score, type Span as ScoredSpan, scoreMentions, spansFromSurfaces } from "./evaluate.js";
export {
  type EventScores,
  formatEventScores,
  type GoldEvent,
  type PredictedEvent,
  scoreEvents,
} from "./evaluate-events.js";
export {
  formatQuantityScores,
  type QuantityScores,
  type QuantitySpan,
  scoreQuantities,
} from "./evaluate-quantities.js";
export {
  formatQuoteScores,
  type GoldQuote,
  type PredictedQuote,
  type QuoteScores,
  sameName,
  scoreQuotes,
} from "./evaluate-quotes.js";
export { formatTimexScores, scoreTimex, type TimexScores, type TimexSpan, timexFromTexts } from "./evaluate-timex.js";
export { EventTable } from "./events/merge.js";
export { type ManifestInput, type NormalizeOptions, type NormalizeResult, normalize, TEXTS_DIR } from "./normalize.js";
export { readSeed, type Seed, type SeedResult } from "./read-seed.js";
export { listSeeds, SeedsFolderError, type SkippedEntry } from "./seeds.js";
export { type Span, segmentSentences } from "./segment.js";
export { type TimexDraft, tagTimex } from "./timex/tagger.js";
export { validateDatasets } from "./validate.js";
export { SOFTWARE } from "./version.js";
export { discardStagingSync, type OutputFile, OutputFolder } from "./write-datasets.js";

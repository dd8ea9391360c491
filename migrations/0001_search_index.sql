-- Custom SQL migration file, put your code below! --
-- Full-text index over folded text (fold() in src/domain/text/fold.ts): FTS5's
-- tokenizer does not fold đ or the OCR confusions, so rows hold folded text and
-- queries are folded the same way. Drizzle cannot express virtual tables.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `body`,
  `kind` UNINDEXED,
  `ref_id` UNINDEXED,
  `plan_id` UNINDEXED,
  `committee_id` UNINDEXED,
  tokenize = 'unicode61'
);

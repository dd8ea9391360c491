-- Custom SQL migration file, put your code below! --
-- The terms of the search index, so a query word can also match its OCR
-- misreadings ("duong" also finds "dudng"); drizzle cannot express virtual tables.
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_index`, 'row');

-- Notes are full-text searchable in the one index (issue 6), in block 2 of its rowids
-- (migrations/0003_search_blocks.sql; src/main/services/searchIndex.ts SEARCH_BLOCKS): a note's
-- document id is 2 * 2^40 + its id. Notes are append-only (triggers in 0004), so only an insert
-- needs indexing; a correction is a new note, indexed in turn, and the original stays findable.
INSERT INTO `search_docs` (`id`, `source`, `ref`)
SELECT (2 << 40) + n.`id`, 'note', n.`id` FROM `notes` n;
--> statement-breakpoint
INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
SELECT (2 << 40) + n.`id`, '', '', '', n.`body`, '' FROM `notes` n;
--> statement-breakpoint
CREATE TRIGGER `notes_search_insert` AFTER INSERT ON `notes`
BEGIN
	INSERT INTO `search_docs` (`id`, `source`, `ref`) VALUES ((2 << 40) + NEW.`id`, 'note', NEW.`id`);
	INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
	VALUES ((2 << 40) + NEW.`id`, '', '', '', NEW.`body`, '');
END;

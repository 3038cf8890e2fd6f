-- Each source of the full-text index gets its own block of rowids: source n owns
-- [n * 2^40, (n + 1) * 2^40), and a row's id is its block start plus its own key. A search can
-- then keep to one source with a rowid range, which FTS5 applies inside its doclists: the
-- authorities library ranks only authorities however many notes the index holds.
-- Blocks: 1 = authorities. Later sources take the next free block and always give search_docs.id
-- explicitly. search_docs (an INTEGER PRIMARY KEY, so VACUUM keeps it) maps each id to its row;
-- authorities' own rowids are not used, as VACUUM may renumber a table keyed by text.
DROP TRIGGER `authorities_search_insert`;
--> statement-breakpoint
DROP TRIGGER `authorities_search_update`;
--> statement-breakpoint
DROP TRIGGER `authorities_search_delete`;
--> statement-breakpoint
DROP TRIGGER `authority_notes_search_insert`;
--> statement-breakpoint
DELETE FROM `search_index` WHERE `rowid` IN (SELECT `id` FROM `search_docs` WHERE `source` = 'authority');
--> statement-breakpoint
DELETE FROM `search_docs` WHERE `source` = 'authority';
--> statement-breakpoint
INSERT INTO `search_docs` (`id`, `source`, `ref`)
SELECT (1 << 40) + row_number() OVER (ORDER BY a.`rowid`), 'authority', a.`id` FROM `authorities` a;
--> statement-breakpoint
INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
SELECT d.`id`, t.`title`, t.`keywords`, t.`reference`, t.`body`, t.`annotations`
FROM `search_docs` d JOIN `authority_search_text` t ON t.`id` = d.`ref`
WHERE d.`source` = 'authority';
--> statement-breakpoint
CREATE TRIGGER `authorities_search_insert` AFTER INSERT ON `authorities`
BEGIN
	INSERT INTO `search_docs` (`id`, `source`, `ref`)
	SELECT coalesce(max(`id`), 1 << 40) + 1, 'authority', NEW.`id`
	FROM `search_docs` WHERE `id` > 1 << 40 AND `id` < 2 << 40;
	INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
	SELECT d.`id`, t.`title`, t.`keywords`, t.`reference`, t.`body`, t.`annotations`
	FROM `search_docs` d JOIN `authority_search_text` t ON t.`id` = d.`ref`
	WHERE d.`source` = 'authority' AND d.`ref` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `authorities_search_update` AFTER UPDATE ON `authorities`
BEGIN
	DELETE FROM `search_index` WHERE `rowid` =
		(SELECT `id` FROM `search_docs` WHERE `source` = 'authority' AND `ref` = OLD.`id`);
	INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
	SELECT d.`id`, t.`title`, t.`keywords`, t.`reference`, t.`body`, t.`annotations`
	FROM `search_docs` d JOIN `authority_search_text` t ON t.`id` = d.`ref`
	WHERE d.`source` = 'authority' AND d.`ref` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `authorities_search_delete` AFTER DELETE ON `authorities`
BEGIN
	DELETE FROM `search_index` WHERE `rowid` =
		(SELECT `id` FROM `search_docs` WHERE `source` = 'authority' AND `ref` = OLD.`id`);
	DELETE FROM `search_docs` WHERE `source` = 'authority' AND `ref` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `authority_notes_search_insert` AFTER INSERT ON `authority_notes`
BEGIN
	UPDATE `search_index`
	SET `annotations` = (SELECT `annotations` FROM `authority_search_text` WHERE `id` = NEW.`authority_id`)
	WHERE `rowid` = (SELECT `id` FROM `search_docs` WHERE `source` = 'authority' AND `ref` = NEW.`authority_id`);
END;

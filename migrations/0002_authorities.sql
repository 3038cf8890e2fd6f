CREATE TABLE `authorities` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`parent_id` text,
	`kind` text NOT NULL,
	`short_title` text NOT NULL,
	`citation_template` text NOT NULL,
	`pin_default` text,
	`citation_seed` text,
	`citation_canonical` text,
	`body` text,
	`date` text,
	`instruments` text DEFAULT '[]' NOT NULL,
	`pinpoints` text DEFAULT '[]' NOT NULL,
	`propositions` text DEFAULT '[]' NOT NULL,
	`supports` text DEFAULT '[]' NOT NULL,
	`keywords` text DEFAULT '[]' NOT NULL,
	`seed_footnotes` text DEFAULT '[]' NOT NULL,
	`errata` text DEFAULT '[]' NOT NULL,
	`verification_status` text NOT NULL,
	`verification_sources` text DEFAULT '[]' NOT NULL,
	`verification_note` text,
	`note` text,
	`provenance` text,
	`parties_ratified` text DEFAULT '[]' NOT NULL,
	`reservations` text DEFAULT '{}' NOT NULL,
	`content_hash` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`withdrawn_at` text
);
--> statement-breakpoint
CREATE INDEX `authorities_parent_idx` ON `authorities` (`parent_id`);--> statement-breakpoint
CREATE INDEX `authorities_kind_idx` ON `authorities` (`kind`);--> statement-breakpoint
CREATE TABLE `authority_citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`authority_id` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`case_id` integer,
	`pinpoint` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authority_citations_target_uq` ON `authority_citations` (`target_type`,`target_id`,`authority_id`,`pinpoint`);--> statement-breakpoint
CREATE INDEX `authority_citations_authority_idx` ON `authority_citations` (`authority_id`,`id`);--> statement-breakpoint
CREATE TABLE `authority_library_releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` text NOT NULL,
	`content_hash` text NOT NULL,
	`applied_at` text NOT NULL,
	`added` integer NOT NULL,
	`changed` integer NOT NULL,
	`withdrawn` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `authority_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`authority_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `authority_notes_authority_idx` ON `authority_notes` (`authority_id`,`id`);--> statement-breakpoint
CREATE TABLE `authority_versions` (
	`authority_id` text NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`edited_at` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	PRIMARY KEY(`authority_id`, `version`),
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `search_docs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`ref` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_source_ref_uq` ON `search_docs` (`source`,`ref`);--> statement-breakpoint
-- Hand-written from here on (drizzle-kit does not model FTS5, views or triggers).
-- The app's one full-text index. Every feature's searchable rows live here, registered in
-- search_docs (source = the feature, ref = its key); the FTS rowid is search_docs.id. Columns are
-- generic so that notes and timeline text fit the same ranking: title, catchwords, reference
-- (citation, court, date), body text, and the adviser's annotations. `remove_diacritics 2` folds
-- "réfoulement" to "refoulement" in documents and queries alike; the prefix indexes serve
-- search-as-you-type.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`title`, `keywords`, `reference`, `body`, `annotations`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
-- `ORDER BY rank` weighs a match in a title above catchwords, citations, notes and body text.
INSERT INTO `search_index` (`search_index`, `rank`) VALUES ('rank', 'bm25(10.0, 5.0, 3.0, 1.0, 2.0)');
--> statement-breakpoint
-- The searchable text of an authority, in one place for every trigger that indexes it.
CREATE VIEW `authority_search_text` AS
SELECT
	a.`id` AS `id`,
	a.`short_title` AS `title`,
	coalesce((SELECT group_concat(k.value, ' · ') FROM json_each(a.`keywords`) k), '') AS `keywords`,
	concat_ws(' · ',
		replace(a.`citation_template`, '{pin}', coalesce(' ' || a.`pin_default`, '')),
		a.`citation_seed`, a.`citation_canonical`, a.`body`, a.`date`, a.`id`) AS `reference`,
	concat_ws(' · ',
		(SELECT group_concat(p.value, ' · ') FROM json_each(a.`propositions`) p),
		(SELECT group_concat(p.value, ' · ') FROM json_each(a.`pinpoints`) p),
		a.`verification_note`, a.`note`) AS `body`,
	coalesce((SELECT group_concat(n.`text`, ' · ') FROM `authority_notes` n
		WHERE n.`authority_id` = a.`id`), '') AS `annotations`
FROM `authorities` a;
--> statement-breakpoint
CREATE TRIGGER `authorities_search_insert` AFTER INSERT ON `authorities`
BEGIN
	INSERT INTO `search_docs` (`source`, `ref`) VALUES ('authority', NEW.`id`);
	INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
	SELECT d.`id`, t.`title`, t.`keywords`, t.`reference`, t.`body`, t.`annotations`
	FROM `authority_search_text` t JOIN `search_docs` d ON d.`source` = 'authority' AND d.`ref` = t.`id`
	WHERE t.`id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `authorities_search_update` AFTER UPDATE ON `authorities`
BEGIN
	DELETE FROM `search_index` WHERE `rowid` =
		(SELECT `id` FROM `search_docs` WHERE `source` = 'authority' AND `ref` = OLD.`id`);
	INSERT INTO `search_index` (`rowid`, `title`, `keywords`, `reference`, `body`, `annotations`)
	SELECT d.`id`, t.`title`, t.`keywords`, t.`reference`, t.`body`, t.`annotations`
	FROM `authority_search_text` t JOIN `search_docs` d ON d.`source` = 'authority' AND d.`ref` = t.`id`
	WHERE t.`id` = NEW.`id`;
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
--> statement-breakpoint
-- Notes on authorities are append-only, like every note in Casefile (UX.md "Nothing is ever lost").
CREATE TRIGGER `authority_notes_no_update` BEFORE UPDATE ON `authority_notes`
BEGIN
	SELECT RAISE(ABORT, 'authority_notes is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `authority_notes_no_delete` BEFORE DELETE ON `authority_notes`
BEGIN
	SELECT RAISE(ABORT, 'authority_notes is append-only');
END;

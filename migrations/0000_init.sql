CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`reference` text NOT NULL,
	`mission_id` integer NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`status` text DEFAULT 'OPEN_TRIAGE' NOT NULL,
	`opened_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_uid_unique` ON `cases` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_reference_unique` ON `cases` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_mission_year_seq_uq` ON `cases` (`mission_id`,`year`,`sequence`);--> statement-breakpoint
CREATE INDEX `cases_updated_idx` ON `cases` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_mission_updated_idx` ON `cases` (`mission_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `missions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`sending_state` text NOT NULL,
	`host_state` text NOT NULL,
	`premises_type` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `missions_sending_code_uq` ON `missions` (`sending_state`,`code`);
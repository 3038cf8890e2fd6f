CREATE TABLE `audit_verifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`ok` integer NOT NULL,
	`entries_checked` integer NOT NULL,
	`head_seq` integer,
	`head_hash` text,
	`broken_seq` integer,
	`reason` text,
	`checkpoint_seq` integer,
	`duration_ms` integer NOT NULL,
	`run_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`due_at` text NOT NULL,
	`status` text NOT NULL,
	`source_event_id` integer,
	`created_at` text NOT NULL,
	`created_by_id` text NOT NULL,
	`closed_at` text,
	`closed_by_id` text,
	`close_note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_event_id`) REFERENCES `timeline_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deadlines_status_due_idx` ON `deadlines` (`status`,`due_at`,`id`);--> statement-breakpoint
CREATE INDEX `deadlines_case_due_idx` ON `deadlines` (`case_id`,`due_at`,`id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`case_id` integer NOT NULL,
	`number` integer NOT NULL,
	`target_type` text NOT NULL,
	`target_id` integer,
	`body` text NOT NULL,
	`corrects_note_id` integer,
	`created_at` text NOT NULL,
	`author_id` text NOT NULL,
	`author_name` text NOT NULL,
	`author_role` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notes_uid_unique` ON `notes` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `notes_case_number_uq` ON `notes` (`case_id`,`number`);--> statement-breakpoint
CREATE INDEX `notes_target_idx` ON `notes` (`case_id`,`target_type`,`target_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `notes_corrects_uq` ON `notes` (`corrects_note_id`);--> statement-breakpoint
CREATE TABLE `timeline_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`case_id` integer NOT NULL,
	`number` integer NOT NULL,
	`type` text NOT NULL,
	`occurred_at` text NOT NULL,
	`occurred_precision` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_by_role` text NOT NULL,
	`origin` text NOT NULL,
	`classification` text NOT NULL,
	`subject_refs` text NOT NULL,
	`summary` text NOT NULL,
	`payload` text NOT NULL,
	`corrects_event_id` integer,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_event_id`) REFERENCES `timeline_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `timeline_events_uid_unique` ON `timeline_events` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `timeline_case_number_uq` ON `timeline_events` (`case_id`,`number`);--> statement-breakpoint
CREATE INDEX `timeline_case_occurred_idx` ON `timeline_events` (`case_id`,`occurred_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `timeline_corrects_uq` ON `timeline_events` (`corrects_event_id`);--> statement-breakpoint
-- The timeline and the notes are append-only (SPEC §4.1; issue 6): a correction is a new row that
-- points back, never an edit, and nothing the adviser wrote is ever removed.
CREATE TRIGGER `timeline_events_no_update` BEFORE UPDATE ON `timeline_events`
BEGIN
  SELECT RAISE(ABORT, 'timeline_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `timeline_events_no_delete` BEFORE DELETE ON `timeline_events`
BEGIN
  SELECT RAISE(ABORT, 'timeline_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `notes_no_update` BEFORE UPDATE ON `notes`
BEGIN
  SELECT RAISE(ABORT, 'notes is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `notes_no_delete` BEFORE DELETE ON `notes`
BEGIN
  SELECT RAISE(ABORT, 'notes is append-only');
END;

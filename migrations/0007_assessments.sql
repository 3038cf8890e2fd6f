CREATE TABLE `assessment_determinations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`subject_ref` text NOT NULL,
	`kind` text NOT NULL,
	`engine_outcome` text NOT NULL,
	`human_outcome` text NOT NULL,
	`justification` text,
	`override_kind` text NOT NULL,
	`needs_capital_desk` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_by_role` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assessment_determinations_kind_ck" CHECK(kind IN ('AGREE', 'OVERRIDE')),
	CONSTRAINT "assessment_determinations_override_ck" CHECK(override_kind IN ('NONE', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR'))
);
--> statement-breakpoint
CREATE INDEX `assessment_determinations_subject_idx` ON `assessment_determinations` (`assessment_id`,`subject_ref`,`id`);--> statement-breakpoint
CREATE TABLE `assessment_signoffs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`review_round` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`reference` text,
	`signed_at` text NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assessment_signoffs_role_ck" CHECK(role IN ('LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_signoffs_role_uq` ON `assessment_signoffs` (`assessment_id`,`review_round`,`role`);--> statement-breakpoint
CREATE TABLE `assessment_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`actor_role` text NOT NULL,
	`note` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_status_changes_idx` ON `assessment_status_changes` (`assessment_id`,`id`);--> statement-breakpoint
CREATE TABLE `assessment_subjects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`position` integer NOT NULL,
	`subject_ref` text NOT NULL,
	`role` text NOT NULL,
	`outcome` text NOT NULL,
	`outcome_sub_basis` text,
	`outcome_alt_mode` text,
	`handover_guard` text NOT NULL,
	`interim_review_by` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assessment_subjects_role_ck" CHECK(role IN ('principal', 'dependant'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_subjects_ref_uq` ON `assessment_subjects` (`assessment_id`,`subject_ref`);--> statement-breakpoint
CREATE INDEX `assessment_subjects_review_idx` ON `assessment_subjects` (`interim_review_by`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`case_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`ruleset_version` text NOT NULL,
	`mode` text NOT NULL,
	`as_of` text,
	`config_json` text NOT NULL,
	`config_sha256` text NOT NULL,
	`facts_json` text NOT NULL,
	`inputs_sha256` text NOT NULL,
	`facts_sha256` text NOT NULL,
	`result_json` text NOT NULL,
	`result_sha256` text NOT NULL,
	`outcome` text NOT NULL,
	`outcome_sub_basis` text,
	`revision_reason` text,
	`previous_id` integer,
	`created_at` text NOT NULL,
	`created_by_id` text NOT NULL,
	`created_by_name` text NOT NULL,
	`created_by_role` text NOT NULL,
	`finalised_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assessments_status_ck" CHECK(status IN ('DRAFT', 'UNDER_REVIEW', 'FINAL', 'SUPERSEDED')),
	CONSTRAINT "assessments_version_ck" CHECK(version >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_uid_unique` ON `assessments` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_case_version_uq` ON `assessments` (`case_id`,`version`);--> statement-breakpoint
CREATE INDEX `assessments_case_status_idx` ON `assessments` (`case_id`,`status`);--> statement-breakpoint
CREATE TABLE `departure_signoffs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`departure_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`reference` text,
	FOREIGN KEY (`departure_id`) REFERENCES `departures`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "departure_signoffs_role_ck" CHECK(role IN ('LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departure_signoffs_role_uq` ON `departure_signoffs` (`departure_id`,`role`);--> statement-breakpoint
CREATE TABLE `departures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`case_id` integer NOT NULL,
	`subject_ref` text NOT NULL,
	`type` text NOT NULL,
	`destination` text,
	`occurred_at` text NOT NULL,
	`receiving_authority` text NOT NULL,
	`details` text NOT NULL,
	`informed_consent_interview_ref` text,
	`assessment_id` integer,
	`guard_json` text NOT NULL,
	`compliance` text NOT NULL,
	`override_justification` text,
	`recorded_at` text NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_by_role` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "departures_compliance_ck" CHECK(compliance IN ('CLEAR', 'OVERRIDE', 'OVERRIDE_OF_ABSOLUTE_BAR'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departures_uid_unique` ON `departures` (`uid`);--> statement-breakpoint
CREATE INDEX `departures_case_idx` ON `departures` (`case_id`,`id`);--> statement-breakpoint
-- A stored version is immutable: its input, configuration and output never change (it must
-- recompute byte for byte), and only its status moves, forward only. FINAL can only become
-- SUPERSEDED; SUPERSEDED is the end.
CREATE TRIGGER `assessments_content_immutable` BEFORE UPDATE ON `assessments`
WHEN NEW.`uid` IS NOT OLD.`uid` OR NEW.`case_id` IS NOT OLD.`case_id`
  OR NEW.`version` IS NOT OLD.`version` OR NEW.`ruleset_version` IS NOT OLD.`ruleset_version`
  OR NEW.`mode` IS NOT OLD.`mode` OR NEW.`as_of` IS NOT OLD.`as_of`
  OR NEW.`config_json` IS NOT OLD.`config_json` OR NEW.`config_sha256` IS NOT OLD.`config_sha256`
  OR NEW.`facts_json` IS NOT OLD.`facts_json` OR NEW.`inputs_sha256` IS NOT OLD.`inputs_sha256`
  OR NEW.`facts_sha256` IS NOT OLD.`facts_sha256` OR NEW.`result_json` IS NOT OLD.`result_json`
  OR NEW.`result_sha256` IS NOT OLD.`result_sha256` OR NEW.`outcome` IS NOT OLD.`outcome`
  OR NEW.`outcome_sub_basis` IS NOT OLD.`outcome_sub_basis`
  OR NEW.`revision_reason` IS NOT OLD.`revision_reason` OR NEW.`previous_id` IS NOT OLD.`previous_id`
  OR NEW.`created_at` IS NOT OLD.`created_at` OR NEW.`created_by_id` IS NOT OLD.`created_by_id`
  OR NEW.`created_by_name` IS NOT OLD.`created_by_name`
  OR NEW.`created_by_role` IS NOT OLD.`created_by_role`
BEGIN
  SELECT RAISE(ABORT, 'a stored assessment is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `assessments_status_forward` BEFORE UPDATE OF `status`, `finalised_at` ON `assessments`
WHEN NOT (
  (OLD.`status` = NEW.`status` AND OLD.`finalised_at` IS NEW.`finalised_at`)
  OR (OLD.`status` = 'DRAFT' AND NEW.`status` IN ('UNDER_REVIEW', 'SUPERSEDED') AND NEW.`finalised_at` IS NULL)
  OR (OLD.`status` = 'UNDER_REVIEW' AND NEW.`status` IN ('DRAFT', 'SUPERSEDED') AND NEW.`finalised_at` IS NULL)
  OR (OLD.`status` = 'UNDER_REVIEW' AND NEW.`status` = 'FINAL' AND NEW.`finalised_at` IS NOT NULL)
  OR (OLD.`status` = 'FINAL' AND NEW.`status` = 'SUPERSEDED' AND NEW.`finalised_at` IS OLD.`finalised_at`)
)
BEGIN
  SELECT RAISE(ABORT, 'this assessment status change is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `assessments_no_delete` BEFORE DELETE ON `assessments`
BEGIN
  SELECT RAISE(ABORT, 'stored assessments are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_subjects_no_update` BEFORE UPDATE ON `assessment_subjects`
BEGIN
  SELECT RAISE(ABORT, 'assessment_subjects is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_subjects_no_delete` BEFORE DELETE ON `assessment_subjects`
BEGIN
  SELECT RAISE(ABORT, 'assessment_subjects is append-only');
END;
--> statement-breakpoint
-- Determinations are recorded on a DRAFT only; sign-offs only while UNDER_REVIEW.
CREATE TRIGGER `assessment_determinations_draft_only` BEFORE INSERT ON `assessment_determinations`
WHEN (SELECT `status` FROM `assessments` WHERE `id` = NEW.`assessment_id`) IS NOT 'DRAFT'
BEGIN
  SELECT RAISE(ABORT, 'a determination can only be recorded on a draft assessment');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_determinations_no_update` BEFORE UPDATE ON `assessment_determinations`
BEGIN
  SELECT RAISE(ABORT, 'assessment_determinations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_determinations_no_delete` BEFORE DELETE ON `assessment_determinations`
BEGIN
  SELECT RAISE(ABORT, 'assessment_determinations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_signoffs_review_only` BEFORE INSERT ON `assessment_signoffs`
WHEN (SELECT `status` FROM `assessments` WHERE `id` = NEW.`assessment_id`) IS NOT 'UNDER_REVIEW'
BEGIN
  SELECT RAISE(ABORT, 'a sign-off can only be recorded while the assessment is under review');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_signoffs_no_update` BEFORE UPDATE ON `assessment_signoffs`
BEGIN
  SELECT RAISE(ABORT, 'assessment_signoffs is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_signoffs_no_delete` BEFORE DELETE ON `assessment_signoffs`
BEGIN
  SELECT RAISE(ABORT, 'assessment_signoffs is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_status_changes_no_update` BEFORE UPDATE ON `assessment_status_changes`
BEGIN
  SELECT RAISE(ABORT, 'assessment_status_changes is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_status_changes_no_delete` BEFORE DELETE ON `assessment_status_changes`
BEGIN
  SELECT RAISE(ABORT, 'assessment_status_changes is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `departures_no_update` BEFORE UPDATE ON `departures`
BEGIN
  SELECT RAISE(ABORT, 'departures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `departures_no_delete` BEFORE DELETE ON `departures`
BEGIN
  SELECT RAISE(ABORT, 'departures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `departure_signoffs_no_update` BEFORE UPDATE ON `departure_signoffs`
BEGIN
  SELECT RAISE(ABORT, 'departure_signoffs is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `departure_signoffs_no_delete` BEFORE DELETE ON `departure_signoffs`
BEGIN
  SELECT RAISE(ABORT, 'departure_signoffs is append-only');
END;

CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`case_id` integer NOT NULL,
	`evidence_id` integer,
	`purpose` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attachments_purpose_ck" CHECK(purpose IN ('EVIDENCE', 'IDENTITY_PHOTO')),
	CONSTRAINT "attachments_sha256_ck" CHECK(length(sha256) = 64),
	CONSTRAINT "attachments_size_ck" CHECK(size = length(data))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_uid_unique` ON `attachments` (`uid`);--> statement-breakpoint
CREATE INDEX `attachments_evidence_idx` ON `attachments` (`evidence_id`);--> statement-breakpoint
CREATE INDEX `attachments_case_idx` ON `attachments` (`case_id`);--> statement-breakpoint
CREATE TABLE `caracas_reservations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`legal_context_id` integer NOT NULL,
	`position` integer NOT NULL,
	`state` text,
	`articles` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`legal_context_id`) REFERENCES `legal_contexts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "caracas_reservations_state_ck" CHECK("state" IS NULL OR length("state") = 3),
	CONSTRAINT "caracas_reservations_articles_ck" CHECK("articles" IS NULL OR json_type("articles") = 'array'),
	CONSTRAINT "caracas_reservations_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE INDEX `caracas_reservations_context_idx` ON `caracas_reservations` (`legal_context_id`,`position`);--> statement-breakpoint
CREATE TABLE `case_facts` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`premises_type` text,
	`premises_area` text,
	`relations_status` text,
	`head_of_mission_present` integer,
	`duty_officer_id` text,
	`arrival_mode` text,
	`arrived_at` text,
	`pursued_by` text,
	`sought_for_political_reasons` text,
	`host_security_outside` text,
	`injuries_on_arrival` text,
	`admitted_by_staff_id` text,
	`persons_entering` text,
	`physically_on_premises` text,
	`request_to_remain_expressed` text,
	`movement_restricted_by_mission` text,
	`staff_custody_or_restriction` text,
	`contemplating_ejection` text,
	`host_requested_entry` text,
	`connecting_links` text,
	`time_on_premises_hours` real,
	`conduct` text,
	`destabilising_activity` text,
	`imminent_threat` text,
	`medical_emergency` text,
	`expected_duration_days` real,
	`exit_route` text,
	`urgency_found` text,
	`as_of` text,
	`interim_measure_set_at` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_facts_premises_type_ck" CHECK("premises_type" IS NULL OR "premises_type" IN ('EMBASSY_CHANCERY', 'HEAD_OF_MISSION_RESIDENCE', 'CONSULATE_CAREER', 'CONSULATE_HONORARY', 'OTHER_NON_INVIOLABLE', 'WARSHIP_OR_MILITARY_AIRCRAFT')),
	CONSTRAINT "case_facts_premises_area_ck" CHECK("premises_area" IS NULL OR "premises_area" IN ('CONSULAR_WORK_AREA_EXCLUSIVE', 'OTHER_PART')),
	CONSTRAINT "case_facts_relations_status_ck" CHECK("relations_status" IS NULL OR "relations_status" IN ('NORMAL', 'SEVERED', 'ARMED_CONFLICT')),
	CONSTRAINT "case_facts_head_of_mission_present_ck" CHECK("head_of_mission_present" IS NULL OR "head_of_mission_present" IN (0, 1)),
	CONSTRAINT "case_facts_duty_officer_id_ck" CHECK("duty_officer_id" IS NULL OR length("duty_officer_id") <= 200),
	CONSTRAINT "case_facts_arrival_mode_ck" CHECK("arrival_mode" IS NULL OR "arrival_mode" IN ('APPOINTMENT', 'WALK_IN', 'FORCED_OR_COVERT_ENTRY', 'BROUGHT_BY_STAFF', 'ALREADY_INSIDE', 'REMOTE_ONLY')),
	CONSTRAINT "case_facts_arrived_at_ck" CHECK("arrived_at" IS NULL OR length("arrived_at") BETWEEN 20 AND 35),
	CONSTRAINT "case_facts_pursued_by_ck" CHECK("pursued_by" IS NULL OR "pursued_by" IN ('NONE', 'HOST_STATE_AGENTS', 'NON_STATE_WITH_HOST_ACQUIESCENCE', 'NON_STATE_HOST_UNABLE', 'MOB_OUT_OF_CONTROL')),
	CONSTRAINT "case_facts_sought_for_political_reasons_ck" CHECK("sought_for_political_reasons" IS NULL OR "sought_for_political_reasons" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_host_security_outside_ck" CHECK("host_security_outside" IS NULL OR "host_security_outside" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_injuries_on_arrival_ck" CHECK("injuries_on_arrival" IS NULL OR "injuries_on_arrival" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_admitted_by_staff_id_ck" CHECK("admitted_by_staff_id" IS NULL OR length("admitted_by_staff_id") <= 200),
	CONSTRAINT "case_facts_persons_entering_ck" CHECK("persons_entering" IS NULL OR json_type("persons_entering") = 'array'),
	CONSTRAINT "case_facts_physically_on_premises_ck" CHECK("physically_on_premises" IS NULL OR "physically_on_premises" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_request_to_remain_expressed_ck" CHECK("request_to_remain_expressed" IS NULL OR "request_to_remain_expressed" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_movement_restricted_by_mission_ck" CHECK("movement_restricted_by_mission" IS NULL OR "movement_restricted_by_mission" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_staff_custody_or_restriction_ck" CHECK("staff_custody_or_restriction" IS NULL OR "staff_custody_or_restriction" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_contemplating_ejection_ck" CHECK("contemplating_ejection" IS NULL OR "contemplating_ejection" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_host_requested_entry_ck" CHECK("host_requested_entry" IS NULL OR "host_requested_entry" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_connecting_links_ck" CHECK("connecting_links" IS NULL OR json_type("connecting_links") = 'array'),
	CONSTRAINT "case_facts_time_on_premises_hours_ck" CHECK("time_on_premises_hours" IS NULL OR ("time_on_premises_hours" >= 0 AND "time_on_premises_hours" <= 1000000)),
	CONSTRAINT "case_facts_conduct_ck" CHECK("conduct" IS NULL OR "conduct" IN ('NONE', 'EXPRESSIVE', 'ORGANISING_AGAINST_HOST_GOVERNMENT', 'U')),
	CONSTRAINT "case_facts_destabilising_activity_ck" CHECK("destabilising_activity" IS NULL OR "destabilising_activity" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_imminent_threat_ck" CHECK("imminent_threat" IS NULL OR "imminent_threat" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_medical_emergency_ck" CHECK("medical_emergency" IS NULL OR "medical_emergency" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_expected_duration_days_ck" CHECK("expected_duration_days" IS NULL OR ("expected_duration_days" >= 0 AND "expected_duration_days" <= 36500)),
	CONSTRAINT "case_facts_exit_route_ck" CHECK("exit_route" IS NULL OR "exit_route" IN ('SAFE_CONDUCT_LIKELY', 'SAFE_CONDUCT_REFUSED', 'THIRD_STATE_TRANSFER', 'NONE_IDENTIFIED', 'U')),
	CONSTRAINT "case_facts_urgency_found_ck" CHECK("urgency_found" IS NULL OR "urgency_found" IN ('Y', 'N', 'U')),
	CONSTRAINT "case_facts_as_of_ck" CHECK("as_of" IS NULL OR length("as_of") BETWEEN 20 AND 35),
	CONSTRAINT "case_facts_interim_measure_set_at_ck" CHECK("interim_measure_set_at" IS NULL OR length("interim_measure_set_at") BETWEEN 20 AND 35),
	CONSTRAINT "case_facts_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE TABLE `evidence_custody` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` integer NOT NULL,
	`position` integer NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`action` text NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_custody_evidence_idx` ON `evidence_custody` (`evidence_id`,`position`);--> statement-breakpoint
CREATE TABLE `evidence_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`ref` text NOT NULL,
	`file_ref` text,
	`kind` text,
	`grade` text,
	`source` text,
	`obtained_at` text,
	`obtained_by` text,
	`credibility_notes` text,
	`confidentiality` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "evidence_items_kind_ck" CHECK("kind" IS NULL OR "kind" IN ('INTERVIEW_TESTIMONY', 'OFFICIAL_DOCUMENT', 'COURT_RECORD', 'MEDICAL_REPORT', 'PHOTO_VIDEO', 'COUNTRY_INFO_UN', 'COUNTRY_INFO_NGO', 'WITNESS_STATEMENT', 'OPEN_SOURCE_MEDIA', 'HOST_STATE_INFORMATION', 'DIPLOMATIC_ASSURANCE', 'OTHER')),
	CONSTRAINT "evidence_items_grade_ck" CHECK("grade" IS NULL OR "grade" IN ('A', 'B', 'C', 'D')),
	CONSTRAINT "evidence_items_source_ck" CHECK("source" IS NULL OR length("source") <= 500),
	CONSTRAINT "evidence_items_obtained_at_ck" CHECK("obtained_at" IS NULL OR length("obtained_at") BETWEEN 20 AND 35),
	CONSTRAINT "evidence_items_obtained_by_ck" CHECK("obtained_by" IS NULL OR length("obtained_by") <= 200),
	CONSTRAINT "evidence_items_credibility_notes_ck" CHECK("credibility_notes" IS NULL OR length("credibility_notes") <= 20000),
	CONSTRAINT "evidence_items_confidentiality_ck" CHECK("confidentiality" IS NULL OR "confidentiality" IN ('RESTRICTED', 'SECRET', 'NORMAL')),
	CONSTRAINT "evidence_items_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_items_case_ref_uq` ON `evidence_items` (`case_id`,`ref`);--> statement-breakpoint
CREATE INDEX `evidence_items_case_position_idx` ON `evidence_items` (`case_id`,`position`);--> statement-breakpoint
CREATE TABLE `evidence_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` integer NOT NULL,
	`kind` text NOT NULL,
	`risk_id` integer,
	`action_id` integer,
	`field` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`risk_id`) REFERENCES `risks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `host_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evidence_links_kind_ck" CHECK(kind IN ('SUPPORTS', 'RISK_REF', 'ACTION_REF')),
	CONSTRAINT "evidence_links_target_ck" CHECK((kind = 'SUPPORTS' AND field IS NOT NULL)
        OR (kind = 'RISK_REF' AND risk_id IS NOT NULL AND action_id IS NULL AND field IS NULL)
        OR (kind = 'ACTION_REF' AND action_id IS NOT NULL AND risk_id IS NULL AND field IS NULL))
);
--> statement-breakpoint
CREATE INDEX `evidence_links_evidence_idx` ON `evidence_links` (`evidence_id`,`kind`,`position`);--> statement-breakpoint
CREATE INDEX `evidence_links_risk_idx` ON `evidence_links` (`risk_id`,`kind`,`position`);--> statement-breakpoint
CREATE INDEX `evidence_links_action_idx` ON `evidence_links` (`action_id`,`kind`,`position`);--> statement-breakpoint
CREATE TABLE `host_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`ref` text,
	`type` text,
	`issuing_authority` text,
	`requesting_state` text,
	`offence_description` text,
	`offence_class_mission_view` text,
	`offence_class_host_view` text,
	`process_integrity` text,
	`pretext_indicators` text,
	`max_penalty_years` real,
	`max_penalty` text,
	`death_penalty_possible` text,
	`conviction_final` text,
	`danger_to_community` text,
	`sentence_served` text,
	`natsec_asserted_by_host` text,
	`natsec_grounds_found` text,
	`exclusion_1f_a` text,
	`exclusion_1f_b` text,
	`exclusion_1f_c` text,
	`clearly_political_acts` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "host_actions_type_ck" CHECK("type" IS NULL OR "type" IN ('NONE_KNOWN', 'EXTRA_LEGAL_MEASURE', 'INVESTIGATION', 'CRIMINAL_CHARGE', 'ARREST_WARRANT', 'CONVICTION', 'EXTRADITION_OR_SURRENDER_REQUEST', 'ADMINISTRATIVE_DETENTION_ORDER', 'SURRENDER_DEMAND_TO_MISSION')),
	CONSTRAINT "host_actions_issuing_authority_ck" CHECK("issuing_authority" IS NULL OR length("issuing_authority") <= 200),
	CONSTRAINT "host_actions_requesting_state_ck" CHECK("requesting_state" IS NULL OR length("requesting_state") = 3),
	CONSTRAINT "host_actions_offence_description_ck" CHECK("offence_description" IS NULL OR length("offence_description") <= 500),
	CONSTRAINT "host_actions_offence_class_mission_view_ck" CHECK("offence_class_mission_view" IS NULL OR "offence_class_mission_view" IN ('NONE', 'ADMINISTRATIVE_NON_CRIMINAL', 'POLITICAL_EXPRESSIVE', 'POLITICAL_RELATIVE', 'POLITICAL_SUBVERSIVE', 'MILITARY_DESERTION', 'ORDINARY_MINOR', 'ORDINARY_SERIOUS', 'PARTICULARLY_SERIOUS_FINAL', 'EXCLUDABLE_1F', 'UNKNOWN')),
	CONSTRAINT "host_actions_offence_class_host_view_ck" CHECK("offence_class_host_view" IS NULL OR "offence_class_host_view" IN ('NONE', 'ADMINISTRATIVE_NON_CRIMINAL', 'POLITICAL_EXPRESSIVE', 'POLITICAL_RELATIVE', 'POLITICAL_SUBVERSIVE', 'MILITARY_DESERTION', 'ORDINARY_MINOR', 'ORDINARY_SERIOUS', 'PARTICULARLY_SERIOUS_FINAL', 'EXCLUDABLE_1F', 'UNKNOWN')),
	CONSTRAINT "host_actions_process_integrity_ck" CHECK("process_integrity" IS NULL OR "process_integrity" IN ('INDEPENDENT_FAIR', 'DEFICIENT', 'PRETEXTUAL', 'UNKNOWN')),
	CONSTRAINT "host_actions_pretext_indicators_ck" CHECK("pretext_indicators" IS NULL OR json_type("pretext_indicators") = 'array'),
	CONSTRAINT "host_actions_max_penalty_years_ck" CHECK("max_penalty_years" IS NULL OR ("max_penalty_years" >= 0 AND "max_penalty_years" <= 200)),
	CONSTRAINT "host_actions_max_penalty_ck" CHECK("max_penalty" IS NULL OR length("max_penalty") <= 200),
	CONSTRAINT "host_actions_death_penalty_possible_ck" CHECK("death_penalty_possible" IS NULL OR "death_penalty_possible" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_conviction_final_ck" CHECK("conviction_final" IS NULL OR "conviction_final" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_danger_to_community_ck" CHECK("danger_to_community" IS NULL OR "danger_to_community" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_sentence_served_ck" CHECK("sentence_served" IS NULL OR "sentence_served" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_natsec_asserted_by_host_ck" CHECK("natsec_asserted_by_host" IS NULL OR "natsec_asserted_by_host" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_natsec_grounds_found_ck" CHECK("natsec_grounds_found" IS NULL OR "natsec_grounds_found" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_exclusion_1f_a_ck" CHECK("exclusion_1f_a" IS NULL OR "exclusion_1f_a" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_exclusion_1f_b_ck" CHECK("exclusion_1f_b" IS NULL OR "exclusion_1f_b" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_exclusion_1f_c_ck" CHECK("exclusion_1f_c" IS NULL OR "exclusion_1f_c" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_clearly_political_acts_ck" CHECK("clearly_political_acts" IS NULL OR "clearly_political_acts" IN ('Y', 'N', 'U')),
	CONSTRAINT "host_actions_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `host_actions_case_ref_uq` ON `host_actions` (`case_id`,`ref`);--> statement-breakpoint
CREATE INDEX `host_actions_case_position_idx` ON `host_actions` (`case_id`,`position`);--> statement-breakpoint
CREATE TABLE `legal_contexts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mission_id` integer,
	`case_id` integer,
	`sending_state_parties` text,
	`host_state_parties` text,
	`recognises_diplomatic_asylum` text,
	`contests_extraterritoriality` text,
	`sending_state_abolitionist` text,
	`domestic_basis_for_grant` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "legal_contexts_owner_ck" CHECK((mission_id IS NULL) <> (case_id IS NULL)),
	CONSTRAINT "legal_contexts_sending_state_parties_ck" CHECK("sending_state_parties" IS NULL OR json_type("sending_state_parties") = 'array'),
	CONSTRAINT "legal_contexts_host_state_parties_ck" CHECK("host_state_parties" IS NULL OR json_type("host_state_parties") = 'array'),
	CONSTRAINT "legal_contexts_recognises_diplomatic_asylum_ck" CHECK("recognises_diplomatic_asylum" IS NULL OR "recognises_diplomatic_asylum" IN ('Y', 'N', 'U')),
	CONSTRAINT "legal_contexts_contests_extraterritoriality_ck" CHECK("contests_extraterritoriality" IS NULL OR json_type("contests_extraterritoriality") = 'array'),
	CONSTRAINT "legal_contexts_sending_state_abolitionist_ck" CHECK("sending_state_abolitionist" IS NULL OR "sending_state_abolitionist" IN ('Y', 'N', 'U')),
	CONSTRAINT "legal_contexts_domestic_basis_for_grant_ck" CHECK("domestic_basis_for_grant" IS NULL OR length("domestic_basis_for_grant") <= 500),
	CONSTRAINT "legal_contexts_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_contexts_mission_id_unique` ON `legal_contexts` (`mission_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `legal_contexts_case_id_unique` ON `legal_contexts` (`case_id`);--> statement-breakpoint
CREATE TABLE `person_identities` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`full_name` text,
	`other_names` text,
	`date_of_birth` text,
	`place_of_birth` text,
	`document_type` text,
	`document_number` text,
	`document_issuer` text,
	`notes` text,
	`photo_attachment_id` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`photo_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`ref` text,
	`nationalities` text,
	`stateless` text,
	`former_habitual_residence` text,
	`age_band` text,
	`vulnerabilities` text,
	`residence_status` text,
	`gender` text,
	`profile` text,
	`languages` text,
	`refugee_definition_met` text,
	`oau_refugee_definition_met` text,
	`relationship` text,
	`on_premises` integer,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "persons_kind_ck" CHECK(kind IN ('PRINCIPAL', 'DEPENDANT')),
	CONSTRAINT "persons_nationalities_ck" CHECK("nationalities" IS NULL OR json_type("nationalities") = 'array'),
	CONSTRAINT "persons_stateless_ck" CHECK("stateless" IS NULL OR "stateless" IN ('Y', 'N', 'U')),
	CONSTRAINT "persons_former_habitual_residence_ck" CHECK("former_habitual_residence" IS NULL OR length("former_habitual_residence") = 3),
	CONSTRAINT "persons_age_band_ck" CHECK("age_band" IS NULL OR "age_band" IN ('CHILD', 'ADULT', 'U')),
	CONSTRAINT "persons_vulnerabilities_ck" CHECK("vulnerabilities" IS NULL OR json_type("vulnerabilities") = 'array'),
	CONSTRAINT "persons_residence_status_ck" CHECK("residence_status" IS NULL OR "residence_status" IN ('CITIZEN', 'PERMANENT', 'TEMPORARY', 'IRREGULAR', 'DETAINED_ESCAPED', 'U')),
	CONSTRAINT "persons_gender_ck" CHECK("gender" IS NULL OR length("gender") <= 100),
	CONSTRAINT "persons_profile_ck" CHECK("profile" IS NULL OR json_type("profile") = 'array'),
	CONSTRAINT "persons_languages_ck" CHECK("languages" IS NULL OR json_type("languages") = 'array'),
	CONSTRAINT "persons_refugee_definition_met_ck" CHECK("refugee_definition_met" IS NULL OR "refugee_definition_met" IN ('Y', 'N', 'U')),
	CONSTRAINT "persons_oau_refugee_definition_met_ck" CHECK("oau_refugee_definition_met" IS NULL OR "oau_refugee_definition_met" IN ('Y', 'N', 'U')),
	CONSTRAINT "persons_relationship_ck" CHECK("relationship" IS NULL OR "relationship" IN ('SPOUSE', 'CHILD', 'PARENT', 'OTHER')),
	CONSTRAINT "persons_on_premises_ck" CHECK("on_premises" IS NULL OR "on_premises" IN (0, 1)),
	CONSTRAINT "persons_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_case_ref_uq` ON `persons` (`case_id`,`ref`);--> statement-breakpoint
CREATE INDEX `persons_case_position_idx` ON `persons` (`case_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_one_principal_uq` ON `persons` (`case_id`) WHERE kind = 'PRINCIPAL';--> statement-breakpoint
CREATE TABLE `profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`last_used_at` text,
	CONSTRAINT "profiles_role_ck" CHECK(role IN ('LEGAL_ADVISER', 'HEAD_OF_MISSION', 'DUTY_OFFICER'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_uid_unique` ON `profiles` (`uid`);--> statement-breakpoint
CREATE TABLE `risks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`ref` text NOT NULL,
	`subject_person_id` integer,
	`harm_type` text,
	`perpetrator` text,
	`destination` text,
	`convention_ground` text,
	`foreseeable` text,
	`personal` text,
	`present` text,
	`real` text,
	`adviser_rationale` text,
	`pattern_of_gross_violations` text,
	`prior_harm_suffered` text,
	`internal_safe_alternative` text,
	`amounts_to_torture` text,
	`reaches_threshold` text,
	`flagrant_denial_category` text,
	`flagrant_breach_of_liberty` text,
	`imposition_unlawful_art6_2` text,
	`has_assurances` integer,
	`assurance_offered_by` text,
	`assurance_specific` text,
	`assurance_competent` text,
	`assurance_monitoring` text,
	`assurance_track_record` text,
	`assurance_reliability` text,
	`assurance_approved_by_role` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "risks_harm_type_ck" CHECK("harm_type" IS NULL OR "harm_type" IN ('TORTURE', 'CIDT', 'ARBITRARY_DEPRIVATION_OF_LIFE', 'DEATH_PENALTY', 'ENFORCED_DISAPPEARANCE', 'SERIOUS_SGBV', 'UNDERAGE_RECRUITMENT', 'PERSONAL_INTEGRITY', 'ARBITRARY_DETENTION', 'PERSECUTION_CONVENTION_GROUND', 'FLAGRANT_DENIAL_OF_JUSTICE', 'SERIOUS_INJURY_OTHER', 'LESSER_HARM', 'PROSECUTION_ONLY', 'UNKNOWN')),
	CONSTRAINT "risks_perpetrator_ck" CHECK("perpetrator" IS NULL OR "perpetrator" IN ('HOST_STATE_AGENTS', 'NON_STATE_WITH_HOST_ACQUIESCENCE', 'NON_STATE_HOST_UNABLE', 'THIRD_STATE_VIA_EXTRADITION_OR_SURRENDER', 'THIRD_STATE_OTHER', 'UNKNOWN')),
	CONSTRAINT "risks_destination_ck" CHECK("destination" IS NULL OR "destination" IN ('HOST_TERRITORY', 'THIRD_STATE_ONWARD', 'THIRD_STATE_DIRECT', 'UNKNOWN')),
	CONSTRAINT "risks_convention_ground_ck" CHECK("convention_ground" IS NULL OR "convention_ground" IN ('RACE', 'RELIGION', 'NATIONALITY', 'PARTICULAR_SOCIAL_GROUP', 'POLITICAL_OPINION')),
	CONSTRAINT "risks_foreseeable_ck" CHECK("foreseeable" IS NULL OR "foreseeable" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_personal_ck" CHECK("personal" IS NULL OR "personal" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_present_ck" CHECK("present" IS NULL OR "present" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_real_ck" CHECK("real" IS NULL OR "real" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_adviser_rationale_ck" CHECK("adviser_rationale" IS NULL OR length("adviser_rationale") <= 20000),
	CONSTRAINT "risks_pattern_of_gross_violations_ck" CHECK("pattern_of_gross_violations" IS NULL OR "pattern_of_gross_violations" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_prior_harm_suffered_ck" CHECK("prior_harm_suffered" IS NULL OR "prior_harm_suffered" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_internal_safe_alternative_ck" CHECK("internal_safe_alternative" IS NULL OR "internal_safe_alternative" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_amounts_to_torture_ck" CHECK("amounts_to_torture" IS NULL OR "amounts_to_torture" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_reaches_threshold_ck" CHECK("reaches_threshold" IS NULL OR "reaches_threshold" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_flagrant_denial_category_ck" CHECK("flagrant_denial_category" IS NULL OR "flagrant_denial_category" IN ('CONVICTION_IN_ABSENTIA_NO_RETRIAL', 'SUMMARY_TRIAL_TOTAL_DISREGARD_OF_DEFENCE', 'DETENTION_WITHOUT_INDEPENDENT_TRIBUNAL', 'SYSTEMATIC_DENIAL_OF_LAWYER', 'EVIDENCE_OBTAINED_BY_TORTURE', 'SPECIAL_OR_AD_HOC_COURT', 'U')),
	CONSTRAINT "risks_flagrant_breach_of_liberty_ck" CHECK("flagrant_breach_of_liberty" IS NULL OR "flagrant_breach_of_liberty" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_imposition_unlawful_art6_2_ck" CHECK("imposition_unlawful_art6_2" IS NULL OR "imposition_unlawful_art6_2" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_has_assurances_ck" CHECK("has_assurances" IS NULL OR "has_assurances" IN (0, 1)),
	CONSTRAINT "risks_assurance_offered_by_ck" CHECK("assurance_offered_by" IS NULL OR length("assurance_offered_by") <= 200),
	CONSTRAINT "risks_assurance_specific_ck" CHECK("assurance_specific" IS NULL OR "assurance_specific" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_assurance_competent_ck" CHECK("assurance_competent" IS NULL OR "assurance_competent" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_assurance_monitoring_ck" CHECK("assurance_monitoring" IS NULL OR "assurance_monitoring" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_assurance_track_record_ck" CHECK("assurance_track_record" IS NULL OR "assurance_track_record" IN ('Y', 'N', 'U')),
	CONSTRAINT "risks_assurance_reliability_ck" CHECK("assurance_reliability" IS NULL OR "assurance_reliability" IN ('RELIABLE', 'UNRELIABLE', 'U')),
	CONSTRAINT "risks_assurance_approved_by_role_ck" CHECK("assurance_approved_by_role" IS NULL OR "assurance_approved_by_role" IN ('DUTY_OFFICER', 'CONSULAR_OFFICER', 'POLITICAL_OFFICER', 'LEGAL_ADVISER', 'HEAD_OF_MISSION', 'CAPITAL_DESK', 'INTERPRETER', 'SECURITY')),
	CONSTRAINT "risks_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `risks_case_ref_uq` ON `risks` (`case_id`,`ref`);--> statement-breakpoint
CREATE INDEX `risks_case_position_idx` ON `risks` (`case_id`,`position`);--> statement-breakpoint
CREATE INDEX `risks_subject_idx` ON `risks` (`subject_person_id`);--> statement-breakpoint
CREATE TABLE `safe_conduct_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`position` integer NOT NULL,
	`requested_at` text,
	`answer` text,
	`answered_at` text,
	`marks` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "safe_conduct_requests_requested_at_ck" CHECK("requested_at" IS NULL OR length("requested_at") BETWEEN 20 AND 35),
	CONSTRAINT "safe_conduct_requests_answer_ck" CHECK("answer" IS NULL OR "answer" IN ('PENDING', 'GRANTED', 'REFUSED')),
	CONSTRAINT "safe_conduct_requests_answered_at_ck" CHECK("answered_at" IS NULL OR length("answered_at") BETWEEN 20 AND 35),
	CONSTRAINT "safe_conduct_requests_marks_ck" CHECK(json_type("marks") = 'object')
);
--> statement-breakpoint
CREATE INDEX `safe_conduct_case_position_idx` ON `safe_conduct_requests` (`case_id`,`position`);--> statement-breakpoint
ALTER TABLE `cases` ADD `label` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `facts_case_id` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `facts_mission_id` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `latest_outcome` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `imminent_threat` text;--> statement-breakpoint
CREATE INDEX `cases_opened_idx` ON `cases` (`opened_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_mission_opened_idx` ON `cases` (`mission_id`,`opened_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_status_updated_idx` ON `cases` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_status_opened_idx` ON `cases` (`status`,`opened_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_threat_updated_idx` ON `cases` (`imminent_threat`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_threat_opened_idx` ON `cases` (`imminent_threat`,`opened_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_outcome_updated_idx` ON `cases` (`latest_outcome`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_outcome_opened_idx` ON `cases` (`latest_outcome`,`opened_at`,`id`);--> statement-breakpoint
ALTER TABLE `missions` ADD `premises_area` text;--> statement-breakpoint
ALTER TABLE `missions` ADD `relations_status` text;--> statement-breakpoint
-- Hand-written (issue 3). Search by restricted identity: names and document numbers are indexed
-- here (inside the same file, so encryption at rest covers them) and never shown in lists.
CREATE VIRTUAL TABLE `identity_fts` USING fts5(
  full_name, other_names, document_number,
  content='person_identities', content_rowid='person_id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `person_identities_fts_ai` AFTER INSERT ON `person_identities` BEGIN
  INSERT INTO identity_fts(rowid, full_name, other_names, document_number)
  VALUES (new.person_id, new.full_name, new.other_names, new.document_number);
END;
--> statement-breakpoint
CREATE TRIGGER `person_identities_fts_ad` AFTER DELETE ON `person_identities` BEGIN
  INSERT INTO identity_fts(identity_fts, rowid, full_name, other_names, document_number)
  VALUES ('delete', old.person_id, old.full_name, old.other_names, old.document_number);
END;
--> statement-breakpoint
CREATE TRIGGER `person_identities_fts_au` AFTER UPDATE ON `person_identities` BEGIN
  INSERT INTO identity_fts(identity_fts, rowid, full_name, other_names, document_number)
  VALUES ('delete', old.person_id, old.full_name, old.other_names, old.document_number);
  INSERT INTO identity_fts(rowid, full_name, other_names, document_number)
  VALUES (new.person_id, new.full_name, new.other_names, new.document_number);
END;
--> statement-breakpoint
-- cases.imminent_threat mirrors case_facts.imminent_threat so that the case list filters on an
-- index (QUALITY.md D1); only these triggers write it.
CREATE TRIGGER `case_facts_threat_ai` AFTER INSERT ON `case_facts` BEGIN
  UPDATE cases SET imminent_threat = new.imminent_threat WHERE id = new.case_id;
END;
--> statement-breakpoint
CREATE TRIGGER `case_facts_threat_au` AFTER UPDATE OF imminent_threat ON `case_facts` BEGIN
  UPDATE cases SET imminent_threat = new.imminent_threat WHERE id = new.case_id;
END;
--> statement-breakpoint
-- Cases and missions created before this migration get their intake rows: the premises facts
-- from the mission, a principal, and an empty legal context per mission.
INSERT INTO legal_contexts (mission_id) SELECT id FROM missions;
--> statement-breakpoint
INSERT INTO case_facts (case_id, premises_type)
  SELECT c.id, m.premises_type FROM cases c JOIN missions m ON m.id = c.mission_id;
--> statement-breakpoint
INSERT INTO persons (case_id, kind, position, ref) SELECT id, 'PRINCIPAL', 0, 'P1' FROM cases;

CREATE TABLE "analysis_bucket" (
	"client_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"week_start" date NOT NULL,
	"body" "bytea" NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "analysis_bucket_conversation_id_week_start_pk" PRIMARY KEY("conversation_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "check_in" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"conversation_id" text,
	"instrument" text NOT NULL,
	"score" integer NOT NULL,
	"band" text,
	"answers" jsonb,
	"word" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companion_state" (
	"client_id" text PRIMARY KEY NOT NULL,
	"first_use_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone,
	"continuous_use_since" timestamp with time zone,
	"last_disclosure_at" timestamp with time zone,
	"last_dependency_nudge_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intention" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"conversation_id" text,
	"body" "bytea" NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"followed_up_at" timestamp with time zone,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "memory_item" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"kind" text NOT NULL,
	"body" "bytea" NOT NULL,
	"edited_by_client" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_mentioned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moment" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"conversation_id" text,
	"message_id" text,
	"note" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulation_session" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"conversation_id" text,
	"exercise" text,
	"distress_before" integer,
	"distress_after" integer,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assigned_practice" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"therapist_id" text NOT NULL,
	"body" "bytea" NOT NULL,
	"cadence" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frame" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"therapist_id" text NOT NULL,
	"version" integer NOT NULL,
	"body" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_report" (
	"id" text PRIMARY KEY NOT NULL,
	"practice_id" text NOT NULL,
	"client_id" text NOT NULL,
	"done" text NOT NULL,
	"debrief" "bytea",
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "therapy_session" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"therapist_id" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"notes" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crisis_line_set" (
	"country" text PRIMARY KEY NOT NULL,
	"lines" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "safety_alert" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"client_id" text NOT NULL,
	"therapist_id" text NOT NULL,
	"care_link_id" text,
	"raised_at" timestamp with time zone NOT NULL,
	"last_raised_at" timestamp with time zone NOT NULL,
	"raise_count" integer DEFAULT 1 NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"note" "bytea"
);
--> statement-breakpoint
CREATE TABLE "safety_event" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"conversation_id" text,
	"message_id" text,
	"source" text NOT NULL,
	"tier" text NOT NULL,
	"categories" jsonb NOT NULL,
	"spans" jsonb NOT NULL,
	"response" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_plan" (
	"client_id" text PRIMARY KEY NOT NULL,
	"body" "bytea" NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_plan_proposal" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"therapist_id" text NOT NULL,
	"body" "bytea" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "conversation" ADD COLUMN "summary" "bytea";--> statement-breakpoint
ALTER TABLE "conversation" ADD COLUMN "reply_locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "engine" text;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "parts" jsonb;--> statement-breakpoint
ALTER TABLE "analysis_bucket" ADD CONSTRAINT "analysis_bucket_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_bucket" ADD CONSTRAINT "analysis_bucket_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companion_state" ADD CONSTRAINT "companion_state_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intention" ADD CONSTRAINT "intention_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intention" ADD CONSTRAINT "intention_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_item" ADD CONSTRAINT "memory_item_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moment" ADD CONSTRAINT "moment_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moment" ADD CONSTRAINT "moment_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moment" ADD CONSTRAINT "moment_message_id_message_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."message"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_session" ADD CONSTRAINT "regulation_session_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_session" ADD CONSTRAINT "regulation_session_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assigned_practice" ADD CONSTRAINT "assigned_practice_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assigned_practice" ADD CONSTRAINT "assigned_practice_therapist_id_user_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frame" ADD CONSTRAINT "frame_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frame" ADD CONSTRAINT "frame_therapist_id_user_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_report" ADD CONSTRAINT "practice_report_practice_id_assigned_practice_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."assigned_practice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_report" ADD CONSTRAINT "practice_report_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_session" ADD CONSTRAINT "therapy_session_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_session" ADD CONSTRAINT "therapy_session_therapist_id_user_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_line_set" ADD CONSTRAINT "crisis_line_set_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_event_id_safety_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."safety_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_therapist_id_user_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_care_link_id_care_link_id_fk" FOREIGN KEY ("care_link_id") REFERENCES "public"."care_link"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_event" ADD CONSTRAINT "safety_event_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_event" ADD CONSTRAINT "safety_event_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_event" ADD CONSTRAINT "safety_event_message_id_message_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."message"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan" ADD CONSTRAINT "safety_plan_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_proposal" ADD CONSTRAINT "safety_plan_proposal_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_proposal" ADD CONSTRAINT "safety_plan_proposal_therapist_id_user_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_bucket_client_idx" ON "analysis_bucket" USING btree ("client_id","week_start");--> statement-breakpoint
CREATE INDEX "check_in_client_idx" ON "check_in" USING btree ("client_id","instrument","created_at");--> statement-breakpoint
CREATE INDEX "intention_client_idx" ON "intention" USING btree ("client_id","due_on");--> statement-breakpoint
CREATE INDEX "memory_item_client_idx" ON "memory_item" USING btree ("client_id","last_mentioned_at");--> statement-breakpoint
CREATE INDEX "moment_client_idx" ON "moment" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "regulation_client_idx" ON "regulation_session" USING btree ("client_id","started_at");--> statement-breakpoint
CREATE INDEX "assigned_practice_client_idx" ON "assigned_practice" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "frame_client_idx" ON "frame" USING btree ("client_id","version");--> statement-breakpoint
CREATE INDEX "practice_report_practice_idx" ON "practice_report" USING btree ("practice_id","reported_at");--> statement-breakpoint
CREATE INDEX "therapy_session_client_idx" ON "therapy_session" USING btree ("client_id","held_at");--> statement-breakpoint
CREATE INDEX "safety_alert_therapist_idx" ON "safety_alert" USING btree ("therapist_id","acknowledged_at");--> statement-breakpoint
CREATE INDEX "safety_event_client_idx" ON "safety_event" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "safety_plan_proposal_client_idx" ON "safety_plan_proposal" USING btree ("client_id","status");
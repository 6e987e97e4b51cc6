CREATE TABLE "rehearsal" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"conversation_id" text,
	"body" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companion_state" ADD COLUMN "forgotten_memory" "bytea";--> statement-breakpoint
ALTER TABLE "rehearsal" ADD CONSTRAINT "rehearsal_client_id_user_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehearsal" ADD CONSTRAINT "rehearsal_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rehearsal_client_idx" ON "rehearsal" USING btree ("client_id","created_at");
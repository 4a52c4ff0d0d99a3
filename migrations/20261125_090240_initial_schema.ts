import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'lo');
  CREATE TYPE "public"."enum_movies_crew_department" AS ENUM('directing', 'writing', 'production', 'camera', 'sound', 'editing', 'art', 'costume_makeup', 'visual_effects', 'lighting', 'crew');
  CREATE TYPE "public"."enum_movies_video_subtitles_language" AS ENUM('en', 'lo');
  CREATE TYPE "public"."enum_movies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__movies_v_version_crew_department" AS ENUM('directing', 'writing', 'production', 'camera', 'sound', 'editing', 'art', 'costume_makeup', 'visual_effects', 'lighting', 'crew');
  CREATE TYPE "public"."enum__movies_v_version_video_subtitles_language" AS ENUM('en', 'lo');
  CREATE TYPE "public"."enum__movies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__movies_v_published_locale" AS ENUM('en', 'lo');
  CREATE TYPE "public"."enum_users_role" AS ENUM('viewer', 'editor', 'admin');
  CREATE TABLE "movies_cast" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"order" numeric
  );
  
  CREATE TABLE "movies_cast_locales" (
  	"character" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movies_crew" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"department" "enum_movies_crew_department"
  );
  
  CREATE TABLE "movies_crew_locales" (
  	"job" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movies_video_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"height" numeric,
  	"bandwidth" numeric
  );
  
  CREATE TABLE "movies_video_subtitles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_movies_video_subtitles_language",
  	"path" varchar
  );
  
  CREATE TABLE "movies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"original_title" varchar,
  	"original_language" varchar,
  	"release_date" timestamp(3) with time zone,
  	"runtime" numeric,
  	"tmdb_id" numeric,
  	"imdb_id" varchar,
  	"trailer_youtube_key" varchar,
  	"poster_id" integer,
  	"backdrop_id" integer,
  	"rental_price_lak" numeric DEFAULT 20000,
  	"rental_window_hours" numeric DEFAULT 24,
  	"video_master_playlist" varchar,
  	"video_duration_seconds" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_movies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "movies_locales" (
  	"title" varchar,
  	"tagline" varchar,
  	"overview" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "movies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"genres_id" integer
  );
  
  CREATE TABLE "_movies_v_version_cast" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"order" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movies_v_version_cast_locales" (
  	"character" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movies_v_version_crew" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"department" "enum__movies_v_version_crew_department",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movies_v_version_crew_locales" (
  	"job" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movies_v_version_video_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"height" numeric,
  	"bandwidth" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movies_v_version_video_subtitles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum__movies_v_version_video_subtitles_language",
  	"path" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_original_title" varchar,
  	"version_original_language" varchar,
  	"version_release_date" timestamp(3) with time zone,
  	"version_runtime" numeric,
  	"version_tmdb_id" numeric,
  	"version_imdb_id" varchar,
  	"version_trailer_youtube_key" varchar,
  	"version_poster_id" integer,
  	"version_backdrop_id" integer,
  	"version_rental_price_lak" numeric DEFAULT 20000,
  	"version_rental_window_hours" numeric DEFAULT 24,
  	"version_video_master_playlist" varchar,
  	"version_video_duration_seconds" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__movies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__movies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_movies_v_locales" (
  	"version_title" varchar,
  	"version_tagline" varchar,
  	"version_overview" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"genres_id" integer
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tmdb_id" numeric,
  	"profile_id" integer,
  	"birthday" timestamp(3) with time zone,
  	"known_for_department" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people_locales" (
  	"name" varchar NOT NULL,
  	"biography" varchar,
  	"place_of_birth" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "genres" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"tmdb_id" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "genres_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar,
  	"role" "enum_users_role" DEFAULT 'viewer' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "rentals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"anonymous_id" varchar,
  	"movie_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"payment_provider" varchar NOT NULL,
  	"payment_reference" varchar NOT NULL,
  	"payment_amount_lak" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "watch_progress" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"anonymous_id" varchar,
  	"movie_id" integer NOT NULL,
  	"progress_seconds" numeric NOT NULL,
  	"duration_seconds" numeric NOT NULL,
  	"completed" boolean DEFAULT false,
  	"last_watched_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"movies_id" integer,
  	"people_id" integer,
  	"genres_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"rentals_id" integer,
  	"watch_progress_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "homepage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "homepage_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"movies_id" integer
  );
  
  ALTER TABLE "movies_cast" ADD CONSTRAINT "movies_cast_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movies_cast" ADD CONSTRAINT "movies_cast_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_cast_locales" ADD CONSTRAINT "movies_cast_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies_cast"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_crew" ADD CONSTRAINT "movies_crew_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movies_crew" ADD CONSTRAINT "movies_crew_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_crew_locales" ADD CONSTRAINT "movies_crew_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies_crew"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_video_variants" ADD CONSTRAINT "movies_video_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_video_subtitles" ADD CONSTRAINT "movies_video_subtitles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies" ADD CONSTRAINT "movies_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movies" ADD CONSTRAINT "movies_backdrop_id_media_id_fk" FOREIGN KEY ("backdrop_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movies_locales" ADD CONSTRAINT "movies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_rels" ADD CONSTRAINT "movies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movies_rels" ADD CONSTRAINT "movies_rels_genres_fk" FOREIGN KEY ("genres_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_cast" ADD CONSTRAINT "_movies_v_version_cast_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movies_v_version_cast" ADD CONSTRAINT "_movies_v_version_cast_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_cast_locales" ADD CONSTRAINT "_movies_v_version_cast_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v_version_cast"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_crew" ADD CONSTRAINT "_movies_v_version_crew_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movies_v_version_crew" ADD CONSTRAINT "_movies_v_version_crew_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_crew_locales" ADD CONSTRAINT "_movies_v_version_crew_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v_version_crew"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_video_variants" ADD CONSTRAINT "_movies_v_version_video_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_version_video_subtitles" ADD CONSTRAINT "_movies_v_version_video_subtitles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v" ADD CONSTRAINT "_movies_v_parent_id_movies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movies_v" ADD CONSTRAINT "_movies_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movies_v" ADD CONSTRAINT "_movies_v_version_backdrop_id_media_id_fk" FOREIGN KEY ("version_backdrop_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movies_v_locales" ADD CONSTRAINT "_movies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_rels" ADD CONSTRAINT "_movies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_movies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movies_v_rels" ADD CONSTRAINT "_movies_v_rels_genres_fk" FOREIGN KEY ("genres_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_profile_id_media_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_locales" ADD CONSTRAINT "people_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "genres_locales" ADD CONSTRAINT "genres_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rentals" ADD CONSTRAINT "rentals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rentals" ADD CONSTRAINT "rentals_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "watch_progress" ADD CONSTRAINT "watch_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "watch_progress" ADD CONSTRAINT "watch_progress_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_movies_fk" FOREIGN KEY ("movies_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_genres_fk" FOREIGN KEY ("genres_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rentals_fk" FOREIGN KEY ("rentals_id") REFERENCES "public"."rentals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_watch_progress_fk" FOREIGN KEY ("watch_progress_id") REFERENCES "public"."watch_progress"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_movies_fk" FOREIGN KEY ("movies_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "movies_cast_order_idx" ON "movies_cast" USING btree ("_order");
  CREATE INDEX "movies_cast_parent_id_idx" ON "movies_cast" USING btree ("_parent_id");
  CREATE INDEX "movies_cast_person_idx" ON "movies_cast" USING btree ("person_id");
  CREATE UNIQUE INDEX "movies_cast_locales_locale_parent_id_unique" ON "movies_cast_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movies_crew_order_idx" ON "movies_crew" USING btree ("_order");
  CREATE INDEX "movies_crew_parent_id_idx" ON "movies_crew" USING btree ("_parent_id");
  CREATE INDEX "movies_crew_person_idx" ON "movies_crew" USING btree ("person_id");
  CREATE UNIQUE INDEX "movies_crew_locales_locale_parent_id_unique" ON "movies_crew_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movies_video_variants_order_idx" ON "movies_video_variants" USING btree ("_order");
  CREATE INDEX "movies_video_variants_parent_id_idx" ON "movies_video_variants" USING btree ("_parent_id");
  CREATE INDEX "movies_video_subtitles_order_idx" ON "movies_video_subtitles" USING btree ("_order");
  CREATE INDEX "movies_video_subtitles_parent_id_idx" ON "movies_video_subtitles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "movies_slug_idx" ON "movies" USING btree ("slug");
  CREATE UNIQUE INDEX "movies_tmdb_id_idx" ON "movies" USING btree ("tmdb_id");
  CREATE UNIQUE INDEX "movies_imdb_id_idx" ON "movies" USING btree ("imdb_id");
  CREATE INDEX "movies_poster_idx" ON "movies" USING btree ("poster_id");
  CREATE INDEX "movies_backdrop_idx" ON "movies" USING btree ("backdrop_id");
  CREATE INDEX "movies_updated_at_idx" ON "movies" USING btree ("updated_at");
  CREATE INDEX "movies_created_at_idx" ON "movies" USING btree ("created_at");
  CREATE INDEX "movies__status_idx" ON "movies" USING btree ("_status");
  CREATE UNIQUE INDEX "movies_locales_locale_parent_id_unique" ON "movies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movies_rels_order_idx" ON "movies_rels" USING btree ("order");
  CREATE INDEX "movies_rels_parent_idx" ON "movies_rels" USING btree ("parent_id");
  CREATE INDEX "movies_rels_path_idx" ON "movies_rels" USING btree ("path");
  CREATE INDEX "movies_rels_genres_id_idx" ON "movies_rels" USING btree ("genres_id");
  CREATE INDEX "_movies_v_version_cast_order_idx" ON "_movies_v_version_cast" USING btree ("_order");
  CREATE INDEX "_movies_v_version_cast_parent_id_idx" ON "_movies_v_version_cast" USING btree ("_parent_id");
  CREATE INDEX "_movies_v_version_cast_person_idx" ON "_movies_v_version_cast" USING btree ("person_id");
  CREATE UNIQUE INDEX "_movies_v_version_cast_locales_locale_parent_id_unique" ON "_movies_v_version_cast_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movies_v_version_crew_order_idx" ON "_movies_v_version_crew" USING btree ("_order");
  CREATE INDEX "_movies_v_version_crew_parent_id_idx" ON "_movies_v_version_crew" USING btree ("_parent_id");
  CREATE INDEX "_movies_v_version_crew_person_idx" ON "_movies_v_version_crew" USING btree ("person_id");
  CREATE UNIQUE INDEX "_movies_v_version_crew_locales_locale_parent_id_unique" ON "_movies_v_version_crew_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movies_v_version_video_variants_order_idx" ON "_movies_v_version_video_variants" USING btree ("_order");
  CREATE INDEX "_movies_v_version_video_variants_parent_id_idx" ON "_movies_v_version_video_variants" USING btree ("_parent_id");
  CREATE INDEX "_movies_v_version_video_subtitles_order_idx" ON "_movies_v_version_video_subtitles" USING btree ("_order");
  CREATE INDEX "_movies_v_version_video_subtitles_parent_id_idx" ON "_movies_v_version_video_subtitles" USING btree ("_parent_id");
  CREATE INDEX "_movies_v_parent_idx" ON "_movies_v" USING btree ("parent_id");
  CREATE INDEX "_movies_v_version_version_slug_idx" ON "_movies_v" USING btree ("version_slug");
  CREATE INDEX "_movies_v_version_version_tmdb_id_idx" ON "_movies_v" USING btree ("version_tmdb_id");
  CREATE INDEX "_movies_v_version_version_imdb_id_idx" ON "_movies_v" USING btree ("version_imdb_id");
  CREATE INDEX "_movies_v_version_version_poster_idx" ON "_movies_v" USING btree ("version_poster_id");
  CREATE INDEX "_movies_v_version_version_backdrop_idx" ON "_movies_v" USING btree ("version_backdrop_id");
  CREATE INDEX "_movies_v_version_version_updated_at_idx" ON "_movies_v" USING btree ("version_updated_at");
  CREATE INDEX "_movies_v_version_version_created_at_idx" ON "_movies_v" USING btree ("version_created_at");
  CREATE INDEX "_movies_v_version_version__status_idx" ON "_movies_v" USING btree ("version__status");
  CREATE INDEX "_movies_v_created_at_idx" ON "_movies_v" USING btree ("created_at");
  CREATE INDEX "_movies_v_updated_at_idx" ON "_movies_v" USING btree ("updated_at");
  CREATE INDEX "_movies_v_snapshot_idx" ON "_movies_v" USING btree ("snapshot");
  CREATE INDEX "_movies_v_published_locale_idx" ON "_movies_v" USING btree ("published_locale");
  CREATE INDEX "_movies_v_latest_idx" ON "_movies_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_movies_v_locales_locale_parent_id_unique" ON "_movies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movies_v_rels_order_idx" ON "_movies_v_rels" USING btree ("order");
  CREATE INDEX "_movies_v_rels_parent_idx" ON "_movies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_movies_v_rels_path_idx" ON "_movies_v_rels" USING btree ("path");
  CREATE INDEX "_movies_v_rels_genres_id_idx" ON "_movies_v_rels" USING btree ("genres_id");
  CREATE UNIQUE INDEX "people_tmdb_id_idx" ON "people" USING btree ("tmdb_id");
  CREATE INDEX "people_profile_idx" ON "people" USING btree ("profile_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE UNIQUE INDEX "people_locales_locale_parent_id_unique" ON "people_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "genres_slug_idx" ON "genres" USING btree ("slug");
  CREATE UNIQUE INDEX "genres_tmdb_id_idx" ON "genres" USING btree ("tmdb_id");
  CREATE INDEX "genres_updated_at_idx" ON "genres" USING btree ("updated_at");
  CREATE INDEX "genres_created_at_idx" ON "genres" USING btree ("created_at");
  CREATE UNIQUE INDEX "genres_locales_locale_parent_id_unique" ON "genres_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "rentals_user_idx" ON "rentals" USING btree ("user_id");
  CREATE INDEX "rentals_anonymous_id_idx" ON "rentals" USING btree ("anonymous_id");
  CREATE INDEX "rentals_movie_idx" ON "rentals" USING btree ("movie_id");
  CREATE INDEX "rentals_expires_at_idx" ON "rentals" USING btree ("expires_at");
  CREATE INDEX "rentals_updated_at_idx" ON "rentals" USING btree ("updated_at");
  CREATE INDEX "rentals_created_at_idx" ON "rentals" USING btree ("created_at");
  CREATE INDEX "watch_progress_user_idx" ON "watch_progress" USING btree ("user_id");
  CREATE INDEX "watch_progress_anonymous_id_idx" ON "watch_progress" USING btree ("anonymous_id");
  CREATE INDEX "watch_progress_movie_idx" ON "watch_progress" USING btree ("movie_id");
  CREATE INDEX "watch_progress_last_watched_at_idx" ON "watch_progress" USING btree ("last_watched_at");
  CREATE INDEX "watch_progress_updated_at_idx" ON "watch_progress" USING btree ("updated_at");
  CREATE INDEX "watch_progress_created_at_idx" ON "watch_progress" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_movies_id_idx" ON "payload_locked_documents_rels" USING btree ("movies_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_genres_id_idx" ON "payload_locked_documents_rels" USING btree ("genres_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_rentals_id_idx" ON "payload_locked_documents_rels" USING btree ("rentals_id");
  CREATE INDEX "payload_locked_documents_rels_watch_progress_id_idx" ON "payload_locked_documents_rels" USING btree ("watch_progress_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "homepage_rels_order_idx" ON "homepage_rels" USING btree ("order");
  CREATE INDEX "homepage_rels_parent_idx" ON "homepage_rels" USING btree ("parent_id");
  CREATE INDEX "homepage_rels_path_idx" ON "homepage_rels" USING btree ("path");
  CREATE INDEX "homepage_rels_movies_id_idx" ON "homepage_rels" USING btree ("movies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "movies_cast" CASCADE;
  DROP TABLE "movies_cast_locales" CASCADE;
  DROP TABLE "movies_crew" CASCADE;
  DROP TABLE "movies_crew_locales" CASCADE;
  DROP TABLE "movies_video_variants" CASCADE;
  DROP TABLE "movies_video_subtitles" CASCADE;
  DROP TABLE "movies" CASCADE;
  DROP TABLE "movies_locales" CASCADE;
  DROP TABLE "movies_rels" CASCADE;
  DROP TABLE "_movies_v_version_cast" CASCADE;
  DROP TABLE "_movies_v_version_cast_locales" CASCADE;
  DROP TABLE "_movies_v_version_crew" CASCADE;
  DROP TABLE "_movies_v_version_crew_locales" CASCADE;
  DROP TABLE "_movies_v_version_video_variants" CASCADE;
  DROP TABLE "_movies_v_version_video_subtitles" CASCADE;
  DROP TABLE "_movies_v" CASCADE;
  DROP TABLE "_movies_v_locales" CASCADE;
  DROP TABLE "_movies_v_rels" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "people_locales" CASCADE;
  DROP TABLE "genres" CASCADE;
  DROP TABLE "genres_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "rentals" CASCADE;
  DROP TABLE "watch_progress" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "homepage" CASCADE;
  DROP TABLE "homepage_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_movies_crew_department";
  DROP TYPE "public"."enum_movies_video_subtitles_language";
  DROP TYPE "public"."enum_movies_status";
  DROP TYPE "public"."enum__movies_v_version_crew_department";
  DROP TYPE "public"."enum__movies_v_version_video_subtitles_language";
  DROP TYPE "public"."enum__movies_v_version_status";
  DROP TYPE "public"."enum__movies_v_published_locale";
  DROP TYPE "public"."enum_users_role";`)
}

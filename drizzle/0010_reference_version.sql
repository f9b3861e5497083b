-- The reference data: what every page reads and only the Secretariat's rare edits (and the seed) change:
-- the resolutions and their paragraphs and items, documents, sessions, reporting cycles and extensions,
-- the timeline, the expert group, the Member States and their names, and who the reviewers are.
-- Any statement that changes one of these tables stamps app_settings' 'reference.version' with the
-- time (UTC, to the microsecond, in one fixed form, so that stamps compare as text), in the same transaction, so every app instance knows, from the settings each request reads
-- anyway, whether what it keeps in memory of them is still current (lib/reference-cache.ts).
CREATE OR REPLACE FUNCTION reference_version_bump() RETURNS trigger AS $$
BEGIN
  INSERT INTO app_settings (key, value, updated_at)
    VALUES ('reference.version', to_jsonb(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')), clock_timestamp())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['resolutions', 'paragraphs', 'requested_items', 'documents', 'ga_sessions', 'reporting_cycles',
    'deadline_extensions', 'milestones', 'expert_groups', 'expert_group_members', 'expert_group_sessions', 'member_states',
    'state_name_changes']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump()', t || '_reference_version', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Of the users, only what the reference pages show: who reviews (the matrix's assignee list) and under which name.
CREATE TRIGGER users_reference_version
  AFTER INSERT OR DELETE OR UPDATE OF name, role, disabled_at, member_state_id ON users
  FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
--> statement-breakpoint
INSERT INTO app_settings (key, value, updated_at)
  VALUES ('reference.version', to_jsonb(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')), clock_timestamp())
  ON CONFLICT (key) DO NOTHING;

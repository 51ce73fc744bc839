import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each API process caches who a token's user is (id, email, roles) for the sign-in check of
 * every request. A change of email or roles, or a deletion, notifies `lms_invalidate` with
 * `actor:<id>` in the changing transaction, so every process and replica drops its copy at
 * commit (CacheInvalidation in platform).
 */
export class NotifyActorChanges1767830400000 implements MigrationInterface {
  name = 'NotifyActorChanges1767830400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION "identity"."notify_actor_changed"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.email IS NOT DISTINCT FROM NEW.email
           AND OLD.roles IS NOT DISTINCT FROM NEW.roles THEN
          RETURN NULL;
        END IF;
        PERFORM pg_notify('lms_invalidate', 'actor:' || OLD.id::text);
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "trg_user_actor_changed"
      AFTER UPDATE OF "email", "roles" OR DELETE ON "identity"."user"
      FOR EACH ROW EXECUTE FUNCTION "identity"."notify_actor_changed"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "trg_user_actor_changed" ON "identity"."user"`);
    await q.query(`DROP FUNCTION "identity"."notify_actor_changed"()`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each API process caches a trainee's course outline and course list (the hottest reads).
 * Everything they are made of notifies `lms_invalidate` in the changing transaction:
 * `outline:<user id>` for a trainee's enrollment, lesson progress, quiz passes and role-play
 * grades; `outline:*` for what all readers of a course see (its versions, owners, the owners'
 * names). A statement touching more than 100 trainees (imports, bulk fixes) sends one
 * `outline:*` instead of one notification each.
 */
export class NotifyOutlineChanges1767830400100 implements MigrationInterface {
  name = 'NotifyOutlineChanges1767830400100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION "platform"."notify_outlines"(user_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        uid uuid;
      BEGIN
        IF user_ids IS NULL OR cardinality(user_ids) = 0 THEN
          RETURN;
        END IF;
        IF cardinality(user_ids) > 100 THEN
          PERFORM pg_notify('lms_invalidate', 'outline:*');
          RETURN;
        END IF;
        FOREACH uid IN ARRAY user_ids LOOP
          PERFORM pg_notify('lms_invalidate', 'outline:' || uid::text);
        END LOOP;
      END
      $$`);
    // Statement-level triggers read the changed rows from a transition table named "changed".
    const perStatement: { table: string; fn: string; users: string }[] = [
      {
        table: '"curriculum"."enrollment"',
        fn: '"curriculum"."notify_outlines_enrollment"',
        users: 'SELECT array_agg(DISTINCT c.user_id) FROM changed c',
      },
      {
        table: '"curriculum"."lesson_progress"',
        fn: '"curriculum"."notify_outlines_lesson_progress"',
        users: `SELECT array_agg(DISTINCT e.user_id) FROM changed c
                  JOIN "curriculum"."enrollment" e ON e.id = c.enrollment_id`,
      },
      {
        table: '"roleplay"."grade"',
        fn: '"roleplay"."notify_outlines_grade"',
        users: `SELECT array_agg(DISTINCT s.user_id) FROM changed c
                  JOIN "roleplay"."submission" s ON s.id = c.submission_id`,
      },
    ];
    for (const { table, fn, users } of perStatement) {
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM "platform"."notify_outlines"((${users}));
          RETURN NULL;
        END
        $$`);
      for (const [event, transition] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ] as const) {
        await q.query(`
          CREATE TRIGGER "trg_outline_${event.toLowerCase()}"
          AFTER ${event} ON ${table} REFERENCING ${transition} TABLE AS changed
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }
    // Quiz attempts: only a pass changes an outline. Inserted or deleted passes per statement;
    // a grade (UPDATE OF passed) per row, so autosaves (answers only) fire nothing.
    await q.query(`
      CREATE FUNCTION "assessment"."notify_outlines_attempts"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM "platform"."notify_outlines"(
          (SELECT array_agg(DISTINCT c.user_id) FROM changed c WHERE c.passed IS TRUE));
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "trg_outline_insert" AFTER INSERT ON "assessment"."attempt"
      REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION "assessment"."notify_outlines_attempts"()`);
    await q.query(`
      CREATE TRIGGER "trg_outline_delete" AFTER DELETE ON "assessment"."attempt"
      REFERENCING OLD TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION "assessment"."notify_outlines_attempts"()`);
    await q.query(`
      CREATE FUNCTION "assessment"."notify_outline_attempt"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM "platform"."notify_outlines"(ARRAY[NEW.user_id]);
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "trg_outline_update" AFTER UPDATE OF "passed" ON "assessment"."attempt"
      FOR EACH ROW WHEN (OLD.passed IS DISTINCT FROM NEW.passed)
      EXECUTE FUNCTION "assessment"."notify_outline_attempt"()`);
    // What every reader of a course sees.
    await q.query(`
      CREATE FUNCTION "curriculum"."notify_all_outlines"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lms_invalidate', 'outline:*');
        RETURN NULL;
      END
      $$`);
    for (const table of ['course', 'course_version', 'course_owner']) {
      await q.query(`
        CREATE TRIGGER "trg_outline_all" AFTER INSERT OR UPDATE OR DELETE
        ON "curriculum"."${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION "curriculum"."notify_all_outlines"()`);
    }
    await q.query(`
      CREATE FUNCTION "identity"."notify_owner_renamed"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "curriculum"."course_owner" o WHERE o.user_id = NEW.id) THEN
          PERFORM pg_notify('lms_invalidate', 'outline:*');
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "trg_owner_renamed" AFTER UPDATE OF "full_name" ON "identity"."user"
      FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name)
      EXECUTE FUNCTION "identity"."notify_owner_renamed"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "trg_owner_renamed" ON "identity"."user"`);
    await q.query(`DROP FUNCTION "identity"."notify_owner_renamed"()`);
    for (const table of ['course', 'course_version', 'course_owner'])
      await q.query(`DROP TRIGGER "trg_outline_all" ON "curriculum"."${table}"`);
    await q.query(`DROP FUNCTION "curriculum"."notify_all_outlines"()`);
    for (const trigger of ['trg_outline_insert', 'trg_outline_delete', 'trg_outline_update'])
      await q.query(`DROP TRIGGER "${trigger}" ON "assessment"."attempt"`);
    await q.query(`DROP FUNCTION "assessment"."notify_outline_attempt"()`);
    await q.query(`DROP FUNCTION "assessment"."notify_outlines_attempts"()`);
    for (const [table, fn] of [
      ['"curriculum"."enrollment"', '"curriculum"."notify_outlines_enrollment"'],
      ['"curriculum"."lesson_progress"', '"curriculum"."notify_outlines_lesson_progress"'],
      ['"roleplay"."grade"', '"roleplay"."notify_outlines_grade"'],
    ]) {
      for (const event of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER "trg_outline_${event}" ON ${table}`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP FUNCTION "platform"."notify_outlines"(uuid[])`);
  }
}

// Writes benchmark data straight into PostgreSQL: courses (versions, modules, lessons, quizzes,
// questions) from JS arrays in multi-row INSERTs, then the large tables (enrollments, lesson
// progress, attempts, evaluations, attestations, certificates) set-based with INSERT … SELECT
// over session temp tables. The rows are what the API itself would have written: the same
// columns, JSON shapes (attempt snapshots, results, evaluation answers) and invariants
// (enrollments pinned to a published version, modules completed in order, one attempt per
// number, one unrevoked certificate per enrollment with a unique 13-letter code).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_PASSWORD, ROOT } from './common.mjs';

export const CATEGORIES = [
  'pharmacology',
  'safety',
  'preparation',
  'facilitation',
  'integration',
  'trauma_informed',
  'ethics_law',
  'collaborative_care',
];
/** The credit types the demo provider has accreditation statements for. */
export const ACCREDITED = ['ama_pra_1', 'ancc', 'apa', 'aswb_ace', 'nbcc'];
/** LICENCE_ON_CERTIFICATE in certificate.service.ts */
export const LICENCE_ON_CERTIFICATE = ['ancc', 'aswb_ace', 'nbcc', 'apa'];
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** argon2id with the API's parameters (PasswordHasher): hashed once, reused for every account. */
export async function benchPasswordHash() {
  const argon2 = createRequire(join(ROOT, 'package.json'))('argon2');
  return argon2.hash(BENCH_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: Number(process.env.ARGON2_MEMORY_KIB ?? 19456),
    timeCost: 2,
    parallelism: 1,
  });
}

/** A small seeded PRNG so generated text is the same on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Ketamine is an NMDA-receptor antagonist whose dissociative effects are dose dependent.',
  'Screen every client for uncontrolled hypertension, active psychosis and pregnancy before dosing.',
  'Blood pressure is measured before dosing, at peak effect and before discharge.',
  'Informed consent covers the expected experience, the risks, the alternatives and the right to stop.',
  'Set and setting shape the experience as much as the dose does.',
  'The facilitator stays present, non-directive and attentive to non-verbal cues throughout.',
  'Integration sessions help the client translate insights into concrete changes in daily life.',
  'Trauma-informed care assumes that any client may carry a history of trauma and avoids re-traumatisation.',
  'Touch is used only with consent agreed in advance and may be withdrawn at any moment.',
  'Document vital signs, dose, route, time and any adverse events in the session record.',
  'Collaborative care keeps the prescriber, the therapist and the primary-care clinician informed.',
  'A clear emergency plan names who calls for help, where the crash cart is and how to reach it.',
  'Clients are not discharged until they are oriented, ambulatory and accompanied by a safe escort.',
  'Preparation sessions build the therapeutic alliance that the dosing session relies upon.',
  'Nausea is common; an antiemetic may be offered according to the prescriber’s protocol.',
  'Scope of practice differs by licence and state; know which tasks your licence permits.',
  'Confidentiality has limits, and clients should hear them before the first session.',
  'Challenging experiences are met with grounding, reassurance and patience rather than interpretation.',
  'Cultural humility means asking about the client’s beliefs and meaning-making instead of assuming them.',
  'Outcome measures such as the PHQ-9 are repeated at fixed intervals to track change over time.',
  'The evidence base is growing quickly; read primary studies and note their populations and limits.',
  'Boundaries protect both client and clinician, especially in states of heightened suggestibility.',
  'A debrief after each session lets the team review what went well and what to change.',
  'Substance-use history informs both eligibility and the precautions taken during sessions.',
];
const SUBJECTS = [
  'Ketamine-assisted psychotherapy',
  'Psychedelic safety and screening',
  'Preparation and informed consent',
  'Facilitation skills',
  'Integration practice',
  'Trauma-informed psychedelic care',
  'Ethics, law and scope of practice',
  'Collaborative care pathways',
  'Medical monitoring for non-physicians',
  'Group formats and retreats',
];
const ANGLES = ['foundations', 'advanced practice', 'case studies', 'for nurses', 'for counselors'];

function paragraph(rand, sentences) {
  return Array.from(
    { length: sentences },
    () => SENTENCES[Math.floor(rand() * SENTENCES.length)],
  ).join(' ');
}

/** ~2.5 kB of Markdown, like the demo course's lessons. */
function lessonBody(rand, title) {
  return [
    `## ${title}`,
    '',
    paragraph(rand, 5),
    '',
    paragraph(rand, 4),
    '',
    '### Key points',
    '',
    ...Array.from({ length: 4 }, () => `- ${SENTENCES[Math.floor(rand() * SENTENCES.length)]}`),
    '',
    paragraph(rand, 5),
    '',
    '> Reflect: how would you apply this with the clients you see?',
    '',
    paragraph(rand, 3),
  ].join('\n');
}

/** Multi-row INSERT … VALUES in chunks that stay under PostgreSQL's 65535 parameters. */
export async function insertValues(client, table, columns, rows) {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.floor(60000 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params = [];
    const tuples = chunk.map((row) => {
      const refs = row.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `(${refs.join(',')})`;
    });
    await client.query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${tuples.join(',')}`,
      params,
    );
  }
}

const round025 = (x) => Math.floor(x * 4) / 4;

/**
 * Builds published courses (version 1) in memory and inserts them. Returns, per course:
 * { no, courseId, versionId, title, modules, lessonsPerModule, maxCredits, creditTypes,
 *   lessons: [{ id, seq, minutes }], quizzes: [{ id, seq, modulePos, isPostTest, questions }] }
 * where `questions` are attempt snapshots (QuestionSnapshot of attempt.entity.ts).
 */
export async function createCourses(
  client,
  {
    count,
    firstNo = 0,
    modules = 8,
    lessonsPerModule = 3,
    quizModules = null,
    questionsPerQuiz = 5,
    titlePrefix = '',
    authorId,
    seed = 1,
    publishedAt = new Date(Date.now() - 3 * 365 * 86400_000 - 90 * 86400_000),
  },
) {
  const rand = prng(seed);
  const quizAt = quizModules ?? defaultQuizModules(modules);
  const rows = {
    course: [],
    owner: [],
    version: [],
    module: [],
    lesson: [],
    question: [],
    option: [],
    quiz: [],
    quizQuestion: [],
  };
  const created = publishedAt.toISOString();
  const courses = [];
  for (let c = 0; c < count; c += 1) {
    const no = firstNo + c;
    const courseId = randomUUID();
    const versionId = randomUUID();
    const base = `${SUBJECTS[no % SUBJECTS.length]}: ${ANGLES[Math.floor(no / SUBJECTS.length) % ANGLES.length]}`;
    const round = Math.floor(no / (SUBJECTS.length * ANGLES.length));
    const title = `${titlePrefix}${base}${round > 0 ? ` (${round + 1})` : ''}`;
    const creditTypes = [0, 1, 2].map((k) => ACCREDITED[(no + k) % ACCREDITED.length]);
    const lessons = [];
    const quizzes = [];
    let minutes = 0;
    for (let m = 0; m < modules; m += 1) {
      const moduleId = randomUUID();
      const category = CATEGORIES[m % CATEGORIES.length];
      rows.module.push([
        moduleId,
        versionId,
        randomUUID(),
        m,
        `Module ${m + 1}: ${category.replace('_', ' ')}`,
        category,
        [`Describe the ${category.replace('_', ' ')} essentials`, 'Apply them to a case'],
        created,
        created,
      ]);
      for (let l = 0; l < lessonsPerModule; l += 1) {
        const id = randomUUID();
        const est = 10 + Math.floor(rand() * 11);
        minutes += est;
        const lessonTitle = `Lesson ${m + 1}.${l + 1}`;
        rows.lesson.push([
          id,
          moduleId,
          randomUUID(),
          l,
          lessonTitle,
          lessonBody(rand, lessonTitle),
          est,
          '[]',
          created,
          created,
        ]);
        lessons.push({ id, seq: lessons.length, minutes: est, modulePos: m });
      }
      if (quizAt.includes(m)) {
        const quizId = randomUUID();
        const isPostTest = m === modules - 1;
        const questions = [];
        for (let q = 0; q < questionsPerQuiz; q += 1) {
          const questionId = randomUUID();
          const correctAt = Math.floor(rand() * 4);
          const prompt = `${SENTENCES[Math.floor(rand() * SENTENCES.length)]} Which statement about module ${m + 1} is accurate? (${q + 1})`;
          const rationale = SENTENCES[Math.floor(rand() * SENTENCES.length)];
          rows.question.push([
            questionId,
            courseId,
            'single',
            prompt,
            1,
            rationale,
            [category],
            false,
            created,
            created,
          ]);
          const options = [];
          for (let o = 0; o < 4; o += 1) {
            const optionId = randomUUID();
            const text = SENTENCES[Math.floor(rand() * SENTENCES.length)];
            const feedback =
              o === correctAt
                ? 'Correct: this is the accurate statement.'
                : 'Not quite; review the lesson.';
            rows.option.push([
              optionId,
              questionId,
              o,
              text,
              o === correctAt,
              feedback,
              created,
              created,
            ]);
            options.push({ id: optionId, text, correct: o === correctAt, feedback });
          }
          rows.quizQuestion.push([quizId, questionId, q, created, created]);
          questions.push({
            id: questionId,
            type: 'single',
            prompt,
            points: 1,
            partialCredit: false,
            rationale,
            options,
          });
        }
        rows.quiz.push([
          quizId,
          moduleId,
          randomUUID(),
          isPostTest ? 'Post-test' : `Module ${m + 1} check`,
          75,
          3,
          null,
          null,
          null,
          false,
          isPostTest,
          created,
          created,
        ]);
        quizzes.push({ id: quizId, seq: quizzes.length, modulePos: m, isPostTest, questions });
      }
    }
    const maxCredits = Math.max(0.25, round025(minutes / 60));
    rows.course.push([courseId, authorId, created, created]);
    rows.owner.push([courseId, authorId, created, created]);
    rows.version.push([
      versionId,
      courseId,
      1,
      'published',
      title,
      `${paragraph(rand, 2)} A ${modules}-module course with ${modules * lessonsPerModule} lessons.`,
      [
        'Explain the evidence and its limits',
        'Apply the safety protocol',
        'Document care for audit',
      ],
      JSON.stringify(creditTypes.map((creditType) => ({ creditType, maxCredits }))),
      created,
      authorId,
      created,
      created,
    ]);
    courses.push({
      no,
      courseId,
      versionId,
      title,
      modules,
      lessonsPerModule,
      maxCredits,
      creditTypes,
      lessons,
      quizzes,
    });
  }
  await insertValues(
    client,
    'curriculum.course',
    ['id', 'created_by', 'created_at', 'updated_at'],
    rows.course,
  );
  await insertValues(
    client,
    'curriculum.course_owner',
    ['course_id', 'user_id', 'created_at', 'updated_at'],
    rows.owner,
  );
  await insertValues(
    client,
    'curriculum.course_version',
    [
      'id',
      'course_id',
      'version',
      'status',
      'title',
      'summary',
      'learning_objectives',
      'credit_designations',
      'published_at',
      'published_by',
      'created_at',
      'updated_at',
    ],
    rows.version,
  );
  await insertValues(
    client,
    'curriculum.module',
    [
      'id',
      'version_id',
      'lineage_id',
      'position',
      'title',
      'category',
      'learning_objectives',
      'created_at',
      'updated_at',
    ],
    rows.module,
  );
  await insertValues(
    client,
    'curriculum.lesson',
    [
      'id',
      'module_id',
      'lineage_id',
      'position',
      'title',
      'body',
      'estimated_minutes',
      'resources',
      'created_at',
      'updated_at',
    ],
    rows.lesson,
  );
  await insertValues(
    client,
    'assessment.question',
    [
      'id',
      'course_id',
      'type',
      'prompt',
      'points',
      'rationale',
      'tags',
      'partial_credit',
      'created_at',
      'updated_at',
    ],
    rows.question,
  );
  await insertValues(
    client,
    'assessment.question_option',
    ['id', 'question_id', 'position', 'text', 'correct', 'feedback', 'created_at', 'updated_at'],
    rows.option,
  );
  await insertValues(
    client,
    'assessment.quiz',
    [
      'id',
      'module_id',
      'lineage_id',
      'title',
      'passing_score',
      'max_attempts',
      'time_limit_minutes',
      'questions_per_attempt',
      'questions_per_tag',
      'shuffle',
      'is_post_test',
      'created_at',
      'updated_at',
    ],
    rows.quiz,
  );
  await insertValues(
    client,
    'assessment.quiz_question',
    ['quiz_id', 'question_id', 'position', 'created_at', 'updated_at'],
    rows.quizQuestion,
  );
  return courses;
}

/** Quizzes in every second module, the last one being the post-test: 8 modules → 2, 4, 6, 8. */
export function defaultQuizModules(modules) {
  return Array.from({ length: modules }, (_, m) => m).filter(
    (m) => m % 2 === 1 || m === modules - 1,
  );
}

/** Answers, results and score of an attempt that picks the right option for `rightCount` questions. */
function graded(questions, rightCount) {
  const answers = {};
  const results = [];
  questions.forEach((q, i) => {
    const right = i < rightCount;
    const pick = q.options.find((o) => o.correct === right) ?? q.options[0];
    answers[q.id] = [pick.id];
    results.push({
      questionId: q.id,
      correct: right,
      earned: right ? q.points : 0,
      possible: q.points,
    });
  });
  const possible = questions.reduce((s, q) => s + q.points, 0);
  const earned = results.reduce((s, r) => s + r.earned, 0);
  return { answers, results, score: Math.round((earned / possible) * 10000) / 100 };
}

/** Session temp tables describing the courses for the set-based inserts below. */
export async function loadCourseTables(client, courses) {
  await client.query(`
    CREATE TEMP TABLE IF NOT EXISTS bench_course (
      course_no int PRIMARY KEY, course_id uuid, version_id uuid, title text, modules int,
      lessons_per_module int, lesson_count int, max_credits numeric, credit_types text[],
      minutes int);
    CREATE TEMP TABLE IF NOT EXISTS bench_lesson (
      course_no int, lesson_id uuid, seq int, minutes int, PRIMARY KEY (course_no, seq));
    CREATE TEMP TABLE IF NOT EXISTS bench_quiz (
      course_no int, quiz_id uuid, seq int, module_pos int, is_post_test boolean,
      questions jsonb, answers_pass jsonb, results_pass jsonb, score_pass float8,
      answers_fail jsonb, results_fail jsonb, score_fail float8, PRIMARY KEY (course_no, seq));
    TRUNCATE bench_course, bench_lesson, bench_quiz;`);
  await insertValues(
    client,
    'bench_course',
    [
      'course_no',
      'course_id',
      'version_id',
      'title',
      'modules',
      'lessons_per_module',
      'lesson_count',
      'max_credits',
      'credit_types',
      'minutes',
    ],
    courses.map((c) => [
      c.no,
      c.courseId,
      c.versionId,
      c.title,
      c.modules,
      c.lessonsPerModule,
      c.lessons.length,
      c.maxCredits,
      c.creditTypes,
      c.lessons.reduce((s, l) => s + l.minutes, 0),
    ]),
  );
  await insertValues(
    client,
    'bench_lesson',
    ['course_no', 'lesson_id', 'seq', 'minutes'],
    courses.flatMap((c) => c.lessons.map((l) => [c.no, l.id, l.seq, l.minutes])),
  );
  await insertValues(
    client,
    'bench_quiz',
    [
      'course_no',
      'quiz_id',
      'seq',
      'module_pos',
      'is_post_test',
      'questions',
      'answers_pass',
      'results_pass',
      'score_pass',
      'answers_fail',
      'results_fail',
      'score_fail',
    ],
    courses.flatMap((c) =>
      c.quizzes.map((q) => {
        const pass = graded(q.questions, q.questions.length);
        const fail = graded(q.questions, Math.floor(q.questions.length / 2));
        return [
          c.no,
          q.id,
          q.seq,
          q.modulePos,
          q.isPostTest,
          JSON.stringify(q.questions),
          JSON.stringify(pass.answers),
          JSON.stringify(pass.results),
          pass.score,
          JSON.stringify(fail.answers),
          JSON.stringify(fail.results),
          fail.score,
        ];
      }),
    ),
  );
  await client.query('ANALYZE bench_course; ANALYZE bench_lesson; ANALYZE bench_quiz');
}

/**
 * bench_enrollment: one row per enrollment to write, numbered by `n`. `modules_done` modules
 * are complete (lessons and quizzes), plus `partial_lessons` lessons of the next one;
 * completed enrollments have every module done, an evaluation, a claim, and (optionally) a
 * certificate. `fail_quiz_seq` names a quiz whose first attempt failed.
 */
export async function createEnrollmentTable(client) {
  await client.query(`
    CREATE TEMP TABLE IF NOT EXISTS bench_enrollment (
      n bigint PRIMARY KEY, enrollment_id uuid NOT NULL, user_id uuid NOT NULL, course_no int NOT NULL,
      completed boolean NOT NULL, modules_done int NOT NULL, partial_lessons int NOT NULL,
      fail_quiz_seq int, enrolled_at timestamptz NOT NULL, completed_at timestamptz,
      credit_type text, holder_name text, licence jsonb, certificate boolean NOT NULL DEFAULT false);
    TRUNCATE bench_enrollment;`);
}

/** The lessons done of an enrollment, from modules_done and partial_lessons. */
const LESSONS_DONE = `(CASE WHEN e.completed THEN c.lesson_count
  ELSE e.modules_done * c.lessons_per_module + e.partial_lessons END)`;

/** When the k-th of `total` steps of an enrollment happened (evenly between start and end). */
const stepTime = (k, total) =>
  `(e.enrolled_at + (coalesce(e.completed_at, least(now(), e.enrolled_at + interval '60 days')) - e.enrolled_at) * ((${k})::float8 + 1) / ((${total})::float8 + 2))`;

export async function insertEnrollments(client, lo, hi) {
  const r = await client.query(
    `INSERT INTO curriculum.enrollment (id, user_id, course_id, version_id, last_activity_at, completed_at, created_at, updated_at)
     SELECT e.enrollment_id, e.user_id, c.course_id, c.version_id,
            CASE WHEN e.completed THEN e.completed_at
                 WHEN ${LESSONS_DONE} > 0 THEN ${stepTime(`${LESSONS_DONE} - 1`, 'c.lesson_count')}
                 ELSE NULL END,
            e.completed_at, e.enrolled_at, coalesce(e.completed_at, e.enrolled_at)
       FROM bench_enrollment e JOIN bench_course c USING (course_no)
      WHERE e.n >= $1 AND e.n < $2
      ORDER BY e.n`,
    [lo, hi],
  );
  return r.rowCount;
}

/** Completed lessons, plus the next lesson opened but not finished for enrollments in progress. */
export async function insertLessonProgress(client, lo, hi) {
  const r = await client.query(
    `INSERT INTO curriculum.lesson_progress (id, enrollment_id, lesson_id, first_opened_at, last_activity_at, time_spent_seconds, completed_at, created_at, updated_at)
     SELECT uuidv7(), e.enrollment_id, l.lesson_id, t.at - make_interval(secs => l.minutes * 60),
            t.at, l.minutes * 60 + (hashtext(e.enrollment_id::text || l.seq) % 120),
            CASE WHEN l.seq < ${LESSONS_DONE} THEN t.at END,
            t.at - make_interval(secs => l.minutes * 60), t.at
       FROM bench_enrollment e
       JOIN bench_course c USING (course_no)
       JOIN bench_lesson l ON l.course_no = e.course_no
            AND l.seq < ${LESSONS_DONE} + CASE WHEN e.completed THEN 0 ELSE 1 END
            AND l.seq < c.lesson_count
      CROSS JOIN LATERAL (SELECT ${stepTime('l.seq', 'c.lesson_count')} AS at) t
      WHERE e.n >= $1 AND e.n < $2
      ORDER BY e.enrollment_id, l.seq`,
    [lo, hi],
  );
  return r.rowCount;
}

/** Passed attempts for the quizzes of completed modules, after a failed one where planned. */
export async function insertAttempts(client, lo, hi) {
  const r = await client.query(
    `INSERT INTO assessment.attempt (id, quiz_id, user_id, number, status, expires_at, submitted_at, late, score, passed, questions, answers, results, idempotency_key, created_at, updated_at)
     SELECT gen_random_uuid(), q.quiz_id, e.user_id, a.number, 'submitted', NULL, a.at, false,
            CASE WHEN a.pass THEN q.score_pass ELSE q.score_fail END, a.pass, q.questions,
            CASE WHEN a.pass THEN q.answers_pass ELSE q.answers_fail END,
            CASE WHEN a.pass THEN q.results_pass ELSE q.results_fail END,
            NULL, a.at - interval '9 minutes', a.at
       FROM bench_enrollment e
       JOIN bench_course c USING (course_no)
       JOIN bench_quiz q ON q.course_no = e.course_no
            AND (e.completed OR q.module_pos < e.modules_done)
      CROSS JOIN LATERAL (
        SELECT 1 AS number, false AS pass,
               ${stepTime('(q.module_pos + 1) * c.lessons_per_module - 1', 'c.lesson_count')} + interval '10 minutes' AS at
         WHERE q.seq = e.fail_quiz_seq
        UNION ALL
        SELECT CASE WHEN q.seq = e.fail_quiz_seq THEN 2 ELSE 1 END, true,
               ${stepTime('(q.module_pos + 1) * c.lessons_per_module - 1', 'c.lesson_count')} + interval '40 minutes'
      ) a
      WHERE e.n >= $1 AND e.n < $2`,
    [lo, hi],
  );
  return r.rowCount;
}

/** The evaluation answers as the API stores them: the form's questions with the answers. */
export function evaluationAnswers(form, variant) {
  return form.questions.map((q, i) => ({
    questionId: q.id,
    prompt: q.prompt,
    kind: q.kind,
    rating: q.kind === 'rating' ? 3 + ((i + variant) % 3) : null,
    text:
      q.kind === 'text'
        ? q.required
          ? 'I will use a written safety checklist and teach-back.'
          : null
        : null,
  }));
}

/** Evaluation and claim of every completed enrollment (what a certificate requires). */
export async function insertEvaluationsAndClaims(client, lo, hi, form) {
  const variants = [0, 1, 2].map((v) => JSON.stringify(evaluationAnswers(form, v)));
  const a = await client.query(
    `INSERT INTO credentials.evaluation_response (id, enrollment_id, course_id, user_id, answers, created_at, updated_at)
     SELECT uuidv7(), e.enrollment_id, c.course_id, e.user_id, ($3::jsonb[])[1 + e.n % 3],
            e.completed_at - interval '2 minutes', e.completed_at - interval '2 minutes'
       FROM bench_enrollment e JOIN bench_course c USING (course_no)
      WHERE e.completed AND e.n >= $1 AND e.n < $2 ORDER BY e.n`,
    [lo, hi, variants],
  );
  const b = await client.query(
    `INSERT INTO credentials.attestation (id, enrollment_id, course_id, user_id, credit_type, credits_claimed, attested_at, time_spent_seconds, created_at, updated_at)
     SELECT uuidv7(), e.enrollment_id, c.course_id, e.user_id, e.credit_type, c.max_credits,
            e.completed_at - interval '1 minute', c.minutes * 60,
            e.completed_at - interval '1 minute', e.completed_at - interval '1 minute'
       FROM bench_enrollment e JOIN bench_course c USING (course_no)
      WHERE e.completed AND e.n >= $1 AND e.n < $2 ORDER BY e.n`,
    [lo, hi],
  );
  return a.rowCount + b.rowCount;
}

/**
 * Certificates for completed enrollments flagged `certificate`, as the API would have issued
 * them: snapshot of holder, course and provider, a unique code from the 30-letter alphabet,
 * and one shared, really rendered PDF (`pdfKey`).
 */
export async function insertCertificates(client, lo, hi, { pdfKey, issuedBy, provider }) {
  const r = await client.query(
    `INSERT INTO credentials.certificate (id, enrollment_id, user_id, course_id, course_version_id, verification_code, credit_type, credits, holder_name, licence, course_title, learning_format, completed_at, issued_at, expires_at, accreditation_statement, provider_number, provider_name, signatory_name, signatory_title, pdf_key, issued_by, bulk_issuance_id, replaces_id, revoked_at, revocation_reason, revoked_by, created_at, updated_at)
     SELECT gen_random_uuid(), e.enrollment_id, e.user_id, c.course_id, c.version_id,
            (SELECT string_agg(substr($3, 1 + floor(random() * 30)::int, 1), '')
               FROM generate_series(1, 13) WHERE e.n IS NOT NULL),
            e.credit_type, c.max_credits, e.holder_name,
            CASE WHEN e.credit_type = ANY($4::text[]) THEN e.licence END,
            c.title, 'enduring_material', e.completed_at, e.completed_at + interval '5 minutes', NULL,
            acc->>'statement', acc->>'providerNumber', $5, $6, $7, $8, $9, NULL, NULL, NULL, NULL, NULL,
            e.completed_at + interval '5 minutes', e.completed_at + interval '5 minutes'
       FROM bench_enrollment e
       JOIN bench_course c USING (course_no)
      CROSS JOIN LATERAL (SELECT a AS acc FROM jsonb_array_elements($10::jsonb) a
                           WHERE a->>'creditType' = e.credit_type LIMIT 1) p
      WHERE e.completed AND e.certificate AND e.n >= $1 AND e.n < $2
      ORDER BY e.n`,
    [
      lo,
      hi,
      CODE_ALPHABET,
      LICENCE_ON_CERTIFICATE,
      provider.provider_name,
      provider.signatory_name,
      provider.signatory_title,
      pdfKey,
      issuedBy,
      JSON.stringify(provider.accreditations),
    ],
  );
  return r.rowCount;
}

/** The accounts and provider settings the demo seed made (the API must have started once). */
export async function demoRefs(client) {
  const { rows: users } = await client.query(
    `SELECT id, email FROM identity."user" WHERE email IN ('admin@demo.test', 'instructor@demo.test')`,
  );
  const { rows: providers } = await client.query(
    `SELECT provider_name, signatory_name, signatory_title, accreditations FROM credentials.provider_settings`,
  );
  const admin = users.find((u) => u.email === 'admin@demo.test');
  const instructor = users.find((u) => u.email === 'instructor@demo.test');
  if (!admin || !instructor || !providers[0])
    throw new Error('the demo accounts and provider settings are missing (SEED_DEMO must be on)');
  return { adminId: admin.id, instructorId: instructor.id, provider: providers[0] };
}

/**
 * Runs `step(lo, hi)` over [0, total) in chunks, printing rows written and rows/s. Returns
 * the rows written.
 */
export async function chunked(label, total, chunk, step, log) {
  const began = performance.now();
  let rows = 0;
  for (let lo = 0; lo < total; lo += chunk) {
    const hi = Math.min(total, lo + chunk);
    rows += await step(lo, hi);
    const s = (performance.now() - began) / 1000;
    log(
      `  ${label}: ${rows.toLocaleString('en-US')} rows (${Math.round((hi / total) * 100)} %), ${Math.round(rows / s).toLocaleString('en-US')} rows/s`,
    );
  }
  return { rows, seconds: (performance.now() - began) / 1000 };
}

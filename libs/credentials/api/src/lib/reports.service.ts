import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CourseReportRow, CreditsReportRow, CreditType } from '@lms/shared/contracts';
import { DataSource } from 'typeorm';
import type { CreditsReportQueryDto } from './credentials.dto';

/** Accreditation reports for admins: credits issued, learners and completion per course. */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Unrevoked certificates and their credits per credit type and month or year. */
  async credits(query: CreditsReportQueryDto): Promise<CreditsReportRow[]> {
    const period = query.period ?? 'month';
    const rows = await this.dataSource.query<
      { period: string; credit_type: CreditType; certificates: number; credits: string }[]
    >(
      `SELECT to_char(date_trunc($1, issued_at AT TIME ZONE 'UTC'), $2) AS period, credit_type,
              count(*)::int AS certificates, sum(credits)::text AS credits
         FROM credentials.certificate
        WHERE revoked_at IS NULL
          AND ($3::timestamptz IS NULL OR issued_at >= $3)
          AND ($4::timestamptz IS NULL OR issued_at < $4)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [period, period === 'month' ? 'YYYY-MM' : 'YYYY', query.from ?? null, query.to ?? null],
    );
    return rows.map((r) => ({
      period: r.period,
      creditType: r.credit_type,
      certificates: r.certificates,
      credits: Number(r.credits),
    }));
  }

  /** Learners per course, how many completed (a certificate or every item done), evaluations. */
  async courses(): Promise<CourseReportRow[]> {
    const rows = await this.dataSource.query<
      {
        course_id: string;
        title: string;
        learners: number;
        completed: number;
        certificates: number;
        evaluations: number;
      }[]
    >(
      `SELECT c.id AS course_id,
              (SELECT v.title FROM curriculum.course_version v WHERE v.course_id = c.id
                ORDER BY (v.status = 'published') DESC, v.version DESC LIMIT 1) AS title,
              (SELECT count(*)::int FROM curriculum.enrollment e WHERE e.course_id = c.id) AS learners,
              (SELECT count(*)::int FROM curriculum.enrollment e WHERE e.course_id = c.id
                 AND (e.completed_at IS NOT NULL OR EXISTS (
                   SELECT 1 FROM credentials.certificate x WHERE x.enrollment_id = e.id AND x.revoked_at IS NULL))) AS completed,
              (SELECT count(*)::int FROM credentials.certificate x WHERE x.course_id = c.id AND x.revoked_at IS NULL) AS certificates,
              (SELECT count(*)::int FROM credentials.evaluation_response r WHERE r.course_id = c.id) AS evaluations
         FROM curriculum.course c
        ORDER BY title`,
    );
    return rows.map((r) => ({
      courseId: r.course_id,
      title: r.title,
      learners: r.learners,
      completed: r.completed,
      completionRate: r.learners === 0 ? 0 : Math.round((r.completed / r.learners) * 1000) / 10,
      certificates: r.certificates,
      evaluations: r.evaluations,
    }));
  }
}

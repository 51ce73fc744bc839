import { Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import type { GradingQueueItem } from '@lms/shared/contracts';
import { PAGE_MAX_LIMIT } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { RoleplayApi } from './roleplay.api';
import { roleplayErrorMessages } from './roleplay-errors';

export const QUEUE_PAGE_SIZE = 20;

export interface QueueFilters {
  courseId: string | null;
  roleplayId: string | null;
  /** 0-based. */
  pageIndex: number;
}

export interface FilterOption {
  id: string;
  title: string;
}

export interface RoleplayOption extends FilterOption {
  courseId: string;
}

interface GradingQueueState {
  filters: QueueFilters;
  items: GradingQueueItem[];
  total: number;
  loading: boolean;
  loaded: boolean;
  errors: readonly string[];
  /** What the filters offer: the instructor's courses and what waits in the queue. */
  courses: FilterOption[];
  roleplays: RoleplayOption[];
}

const byTitle = (a: FilterOption, b: FilterOption): number => a.title.localeCompare(b.title);

/**
 * The instructor's grading queue: waiting submissions, oldest first, filtered by course and
 * role-play, a page at a time. Provide it per page.
 */
@Injectable()
export class GradingQueueStore {
  private readonly api = inject(RoleplayApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly state = signal<GradingQueueState>({
    filters: { courseId: null, roleplayId: null, pageIndex: 0 },
    items: [],
    total: 0,
    loading: false,
    loaded: false,
    errors: [],
    courses: [],
    roleplays: [],
  });
  private loadCall = 0;
  private optionsLoaded = false;

  readonly filters = computed(() => this.state().filters);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly loading = computed(() => this.state().loading);
  /** The first page has arrived (so an empty list means an empty queue). */
  readonly loaded = computed(() => this.state().loaded);
  readonly errors = computed(() => this.state().errors);
  readonly pageSize = QUEUE_PAGE_SIZE;
  readonly courseOptions = computed(() => this.state().courses);
  /** The role-plays of the chosen course (or of every course). */
  readonly roleplayOptions = computed(() => {
    const courseId = this.filters().courseId;
    return this.state().roleplays.filter((r) => courseId === null || r.courseId === courseId);
  });
  readonly filtered = computed(() => {
    const filters = this.filters();
    return filters.courseId !== null || filters.roleplayId !== null;
  });

  /** Shows the page the filters ask for; the first call also gathers the filter options. */
  async load(filters: QueueFilters): Promise<void> {
    const call = ++this.loadCall;
    this.state.update((s) => ({ ...s, filters, loading: true, errors: [] }));
    if (!this.optionsLoaded) {
      this.optionsLoaded = true;
      void this.loadOptions();
    }
    try {
      const page = await firstValueFrom(
        this.api.gradingQueue({
          courseId: filters.courseId,
          roleplayId: filters.roleplayId,
          limit: QUEUE_PAGE_SIZE,
          offset: filters.pageIndex * QUEUE_PAGE_SIZE,
        }),
      );
      if (call !== this.loadCall) return;
      this.state.update((s) => ({
        ...s,
        items: page.items,
        total: page.total,
        loading: false,
        loaded: true,
        courses: mergeOptions(s.courses, page.items.map(courseOf)),
        roleplays: mergeOptions(s.roleplays, page.items.map(roleplayOf)),
      }));
    } catch (error: unknown) {
      if (call !== this.loadCall) return;
      this.state.update((s) => ({
        ...s,
        items: [],
        total: 0,
        loading: false,
        errors: roleplayErrorMessages(error),
      }));
    }
  }

  /**
   * The filters' choices: the courses the instructor teaches (GET /api/courses) and the
   * courses and role-plays of everything waiting. Either may fail; the page still works.
   */
  private async loadOptions(): Promise<void> {
    const [courses, waiting] = await Promise.allSettled([
      firstValueFrom(this.curriculum.listCourses({ view: 'author', limit: PAGE_MAX_LIMIT })),
      firstValueFrom(this.api.gradingQueue({ limit: PAGE_MAX_LIMIT, offset: 0 })),
    ]);
    const taught =
      courses.status === 'fulfilled'
        ? courses.value.items.filter((c) => c.canEdit).map((c) => ({ id: c.id, title: c.title }))
        : [];
    const items = waiting.status === 'fulfilled' ? waiting.value.items : [];
    this.state.update((s) => ({
      ...s,
      courses: mergeOptions(s.courses, [...taught, ...items.map(courseOf)]),
      roleplays: mergeOptions(s.roleplays, items.map(roleplayOf)),
    }));
  }
}

function courseOf(item: GradingQueueItem): FilterOption {
  return { id: item.courseId, title: item.courseTitle };
}

function roleplayOf(item: GradingQueueItem): RoleplayOption {
  return { id: item.roleplayId, title: item.roleplayTitle, courseId: item.courseId };
}

function mergeOptions<T extends FilterOption>(known: T[], more: T[]): T[] {
  const byId = new Map(known.map((o) => [o.id, o]));
  for (const option of more) if (!byId.has(option.id)) byId.set(option.id, option);
  return [...byId.values()].sort(byTitle);
}

import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  AlertComponent,
  EmptyStateComponent,
  PageHeaderComponent,
  StatusNoticeComponent,
  focusFirstInvalid,
} from '@lms/platform/web-ui';
import type { OutlineLesson, OutlineModule } from '@lms/shared/contracts';
import { CourseStatus, MODULE_CATEGORY_LABELS } from '@lms/shared/contracts';
import { firstValueFrom, map } from 'rxjs';
import { CourseEditorStore } from '../data-access/course-editor.store';
import { confirmAction } from '@lms/platform/web-ui/confirm-dialog';
import { CourseStatusComponent } from '../ui/course-status.component';
import { formatCourseHours, formatMinutes } from '../ui/curriculum-format';
import { courseDetailsForm, fillCourseDetails, toCourseRequest } from './authoring-forms';
import { CourseDetailsFieldsComponent } from './course-details-fields.component';
import { LessonDialogComponent, type LessonDialogData } from './lesson-dialog.component';
import { ModuleDialogComponent, type ModuleDialogData } from './module-dialog.component';
import { QuizDialogComponent, type QuizDialogData } from './quiz-dialog.component';

type Direction = -1 | 1;

@Component({
  selector: 'lms-course-editor-page',
  imports: [
    DragDropModule,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    StatusNoticeComponent,
    CourseDetailsFieldsComponent,
    CourseStatusComponent,
  ],
  providers: [CourseEditorStore],
  templateUrl: './course-editor-page.component.html',
  styleUrl: './course-editor-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseEditorPageComponent {
  protected readonly store = inject(CourseEditorStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly detailsElement = viewChild<ElementRef<HTMLElement>>('details');
  private readonly missingElement = viewChild<ElementRef<HTMLElement>>('missing');
  private readonly modulesHeading = viewChild<ElementRef<HTMLElement>>('modulesHeading');

  protected readonly categoryLabels = MODULE_CATEGORY_LABELS;
  protected readonly minutes = formatMinutes;
  protected readonly hours = formatCourseHours;
  protected readonly detailsForm = courseDetailsForm();
  protected readonly savingDetails = signal(false);

  protected readonly lessonCount = computed(() =>
    this.store.modules().reduce((n, m) => n + m.lessons.length, 0),
  );
  /** What editing means for trainees, given where the course stands. */
  protected readonly versionNotice = computed(() => {
    const outline = this.store.outline();
    if (!outline) return '';
    if (outline.status === CourseStatus.Published) {
      return `Version ${outline.version} is published. Changes start version ${outline.version + 1} as a draft; trainees keep version ${outline.version} until you publish.`;
    }
    if (outline.publishedVersion !== null) {
      return `You are editing the draft of version ${outline.version}. Trainees keep version ${outline.publishedVersion} until you publish.`;
    }
    return `Version ${outline.version} is a draft. Trainees see the course once you publish it.`;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('courseId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((courseId) => {
        void this.load(courseId);
      });
  }

  protected async saveDetails(): Promise<void> {
    if (this.savingDetails()) return;
    if (this.detailsForm.invalid) {
      this.detailsForm.markAllAsTouched();
      const details = this.detailsElement();
      if (details) focusFirstInvalid(details.nativeElement);
      return;
    }
    this.savingDetails.set(true);
    const saved = await this.store.saveDetails(toCourseRequest(this.detailsForm));
    this.savingDetails.set(false);
    const outline = this.store.outline();
    if (saved && outline) fillCourseDetails(this.detailsForm, outline);
  }

  protected resetDetails(): void {
    const outline = this.store.outline();
    if (!outline) return;
    fillCourseDetails(this.detailsForm, outline);
    if (outline.canEdit) this.detailsForm.enable();
    else this.detailsForm.disable();
  }

  protected async addModule(): Promise<void> {
    await this.openModuleDialog(null);
  }

  protected async editModule(module: OutlineModule): Promise<void> {
    await this.openModuleDialog(module);
  }

  protected async deleteModule(module: OutlineModule): Promise<void> {
    const lessons = module.lessons.length;
    const confirmed = await confirmAction(this.dialog, {
      heading: `Delete module “${module.title}”?`,
      paragraphs: [
        lessons === 0
          ? 'The module has no lessons.'
          : `Its ${lessons} ${lessons === 1 ? 'lesson is' : 'lessons are'} deleted with it.`,
        this.publishedNote(),
      ].filter((p) => p.length > 0),
      confirmLabel: 'Delete module',
      destructive: true,
    });
    if (confirmed && (await this.store.deleteModule(module))) this.focusModulesHeading();
  }

  protected async addLesson(module: OutlineModule): Promise<void> {
    await this.openLessonDialog(module, null);
  }

  protected async editLesson(module: OutlineModule, lesson: OutlineLesson): Promise<void> {
    const full = await this.store.loadLesson(lesson.id);
    if (full) await this.openLessonDialog(module, { outline: lesson, full });
  }

  protected async deleteLesson(lesson: OutlineLesson): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      heading: `Delete lesson “${lesson.title}”?`,
      paragraphs: [
        'The lesson and its text are removed from the draft.',
        this.publishedNote(),
      ].filter((p) => p.length > 0),
      confirmLabel: 'Delete lesson',
      destructive: true,
    });
    if (confirmed && (await this.store.deleteLesson(lesson))) this.focusModulesHeading();
  }

  protected async addQuiz(module: OutlineModule): Promise<void> {
    this.store.clearMessages();
    const data: QuizDialogData = {
      module,
      hasPostTest: this.store.hasPostTest(),
      submit: (request) => this.store.addQuiz(module, request),
      errors: this.store.errors,
    };
    const ref = this.dialog.open<QuizDialogComponent, QuizDialogData, boolean>(
      QuizDialogComponent,
      { data, width: '720px', maxWidth: 'calc(100vw - 32px)' },
    );
    await firstValueFrom(ref.afterClosed());
  }

  /** Keyboard alternative to dragging: Move up / Move down. */
  protected async moveModule(index: number, direction: Direction): Promise<void> {
    const count = this.store.modules().length;
    const target = index + direction;
    const saved = this.store.moveModule(index, target);
    this.keepFocusOnMove(`module-${target}`, target, count, direction);
    await saved;
    this.keepFocusOnMove(`module-${target}`, target, count, direction);
  }

  protected async moveLesson(
    moduleIndex: number,
    module: OutlineModule,
    index: number,
    direction: Direction,
  ): Promise<void> {
    const count = module.lessons.length;
    const target = index + direction;
    const prefix = `lesson-${moduleIndex}-${target}`;
    const saved = this.store.moveLesson(module, index, target);
    this.keepFocusOnMove(prefix, target, count, direction);
    await saved;
    this.keepFocusOnMove(prefix, target, count, direction);
  }

  protected dropModule(event: CdkDragDrop<unknown>): void {
    void this.store.moveModule(event.previousIndex, event.currentIndex);
  }

  protected dropLesson(module: OutlineModule, event: CdkDragDrop<unknown>): void {
    void this.store.moveLesson(module, event.previousIndex, event.currentIndex);
  }

  protected async publish(): Promise<void> {
    const version = this.store.draftVersion();
    const confirmed = await confirmAction(this.dialog, {
      heading: `Publish version ${version}?`,
      paragraphs: [
        `Publishing version ${version} freezes it.`,
        `New trainees will enroll in version ${version}.`,
        'Trainees already enrolled stay on the version they started, with their progress.',
        `Further changes will start version ${version + 1} as a draft.`,
      ],
      confirmLabel: `Publish version ${version}`,
    });
    if (!confirmed) return;
    const published = await this.store.publish();
    if (!published && this.store.missing().length > 0) {
      afterNextRender(() => this.missingElement()?.nativeElement.focus(), {
        injector: this.injector,
      });
    }
  }

  private async load(courseId: string): Promise<void> {
    await this.store.load(courseId);
    this.resetDetails();
  }

  /** The deleted item's buttons are gone: continue from the list's heading. */
  private focusModulesHeading(): void {
    afterNextRender(() => this.modulesHeading()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private publishedNote(): string {
    const outline = this.store.outline();
    if (outline?.status !== CourseStatus.Published) return '';
    return `Trainees keep version ${outline.version}; the change goes into the draft of version ${outline.version + 1}.`;
  }

  private async openModuleDialog(module: OutlineModule | null): Promise<void> {
    this.store.clearMessages();
    const data: ModuleDialogData = {
      module,
      submit: (request) =>
        module ? this.store.updateModule(module, request) : this.store.addModule(request),
      errors: this.store.errors,
    };
    const ref = this.dialog.open<ModuleDialogComponent, ModuleDialogData, boolean>(
      ModuleDialogComponent,
      { data, width: '640px', maxWidth: 'calc(100vw - 32px)' },
    );
    await firstValueFrom(ref.afterClosed());
  }

  private async openLessonDialog(
    module: OutlineModule,
    lesson: { outline: OutlineLesson; full: LessonDialogData['lesson'] } | null,
  ): Promise<void> {
    this.store.clearMessages();
    const data: LessonDialogData = {
      moduleTitle: module.title,
      lesson: lesson?.full ?? null,
      submit: (request) =>
        lesson
          ? this.store.updateLesson(lesson.outline, request)
          : this.store.addLesson(module, request),
      errors: this.store.errors,
    };
    const ref = this.dialog.open<LessonDialogComponent, LessonDialogData, boolean>(
      LessonDialogComponent,
      { data, width: '1100px', maxWidth: 'calc(100vw - 32px)' },
    );
    await firstValueFrom(ref.afterClosed());
  }

  /**
   * Moving re-renders the list: the focused button may be moved, replaced (new draft ids) or
   * disabled (at the end). When focus was lost, put it on the moved item's button.
   */
  private keepFocusOnMove(
    prefix: string,
    index: number,
    count: number,
    direction: Direction,
  ): void {
    let name: 'up' | 'down' = direction === -1 ? 'up' : 'down';
    if (name === 'up' && index === 0) name = 'down';
    if (name === 'down' && index === count - 1) name = 'up';
    const selector = `[data-move="${prefix}-${name}"]`;
    afterNextRender(
      () => {
        const active = this.host.nativeElement.ownerDocument.activeElement;
        const lost =
          active === null ||
          active === active.ownerDocument.body ||
          !active.isConnected ||
          (active instanceof HTMLButtonElement && active.disabled);
        if (lost) this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
      },
      { injector: this.injector },
    );
  }
}

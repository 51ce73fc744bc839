export { CurriculumModule, curriculumEntities } from './lib/curriculum.module';
export * from './lib/curriculum.facade';
export * from './lib/curriculum.exception';
export type * from './lib/seed/demo-course.types';
export { DEMO_COURSE } from './lib/seed/demo-course.content';
export { ModuleItemsRegistry, ModuleItemsSource } from './lib/course/module-items';
export type {
  ModuleItem,
  ModuleItems,
  ModuleItemsStructure,
  ModuleQuizItem,
} from './lib/course/module-items';
export type { ModuleAccess } from './lib/course/outline.service';

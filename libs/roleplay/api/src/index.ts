export { RoleplayModule, roleplayEntities } from './lib/roleplay.module';
export * from './lib/roleplay.exception';
export * from './lib/roleplay.facade';
export { DEMO_ROLEPLAYS } from './lib/seed/demo-roleplays.content';
export type { DemoRoleplay } from './lib/seed/demo-roleplays.content';

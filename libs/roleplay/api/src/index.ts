export { RoleplayModule, roleplayEntities } from './lib/roleplay.module';
export * from './lib/roleplay.exception';

import { SnakeNamingStrategy } from '@lms/platform/api';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

/**
 * The SQL TypeORM would run to make the migrated database match the entities. Empty means
 * the migrations and the entities agree (the style guide's `migration:generate --check`).
 */
export async function schemaDrift(
  url: string,
  entities: MixedList<string | EntitySchema | (new () => unknown)>,
): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    namingStrategy: new SnakeNamingStrategy(),
  });
  await dataSource.initialize();
  try {
    const diff = await dataSource.driver.createSchemaBuilder().log();
    return diff.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}

import { createSchema } from '../../src/core/graphql/schema';

describe('schema', () => {
  describe('access rules', () => {
    it('declares an access rule on every root field', async () => {
      const schema = await createSchema();
      const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
      const missing = roots.flatMap((root) =>
        Object.values(root?.getFields() ?? {})
          .filter((field) => !field.extensions?.access)
          .map((field) => `${root?.name}.${field.name}`),
      );
      expect(missing).toEqual([]);
    });

    it('documents every type and field', async () => {
      const schema = await createSchema();
      const undocumented: string[] = [];
      const roots = new Set(['Query', 'Mutation', 'Subscription']);
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__')) continue;
        // type-graphql gives root types no description; their fields carry it.
        if (!type.description && !roots.has(type.name)) undocumented.push(type.name);
        if ('getFields' in type) {
          for (const field of Object.values(type.getFields())) {
            if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          }
        }
      }
      expect(undocumented).toEqual([]);
    });
  });
});

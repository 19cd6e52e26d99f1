/**
 * Backstage's own entity checks, from @backstage/catalog-model: the policies a
 * catalog backend enforces when it ingests a catalog-info.yaml (schema, field
 * formats, no foreign root fields, default namespace) and the validator of each
 * built-in kind. Also checks that every dependsOn and system ref names an entity
 * of the same file, so the catalog can draw every relation.
 */
import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  type Entity,
} from "@backstage/catalog-model";

const POLICY = EntityPolicies.allOf([new SchemaValidEntityPolicy(), new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy()]);
const VALIDATORS = [componentEntityV1alpha1Validator, domainEntityV1alpha1Validator, systemEntityV1alpha1Validator, resourceEntityV1alpha1Validator];

/** Throws, naming the entity, when Backstage would refuse it or a ref in it points nowhere. */
export async function validateBackstage(entities: readonly unknown[]): Promise<void> {
  const accepted: Entity[] = [];
  for (const raw of entities) {
    const entity = await POLICY.enforce(structuredClone(raw) as Entity);
    if (!entity) throw new Error(`policy refused ${JSON.stringify(raw).slice(0, 200)}`);
    let known = false;
    for (const v of VALIDATORS) if (await v.check(entity)) known = true;
    if (!known) throw new Error(`no built-in kind validator accepts ${entity.kind}`);
    accepted.push(entity);
  }
  const refs = new Set(accepted.map((e) => stringifyEntityRef(e)));
  for (const e of accepted) {
    const spec = (e.spec ?? {}) as { dependsOn?: string[]; system?: string; owner?: string };
    const pointed = [...(spec.dependsOn ?? []), ...(spec.system ? [`system:default/${spec.system}`] : [])];
    for (const r of pointed) {
      const ref = stringifyEntityRef(parseEntityRef(r));
      if (!refs.has(ref)) throw new Error(`${stringifyEntityRef(e)} points at ${ref}, which is not in the file`);
    }
    if (spec.owner) parseEntityRef(spec.owner);
  }
}

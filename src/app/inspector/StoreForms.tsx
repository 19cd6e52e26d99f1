import type { Broker, Database, Design } from "../../core/model/schema";
import { BROKER_ENGINES, DATABASE_ENGINES } from "../canvas/nodes/engine-label";
import { ContextField, IdentityFields } from "./CommonFields";
import { DraftField } from "./DraftField";
import { ChipListField } from "./ChipListField";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";
import { EXAMPLE } from "./examples";

function EngineField({ value, engines, listId }: { value: string | undefined; engines: readonly string[]; listId: string }) {
  const { t } = useT();
  return (
    <>
      <DraftField field="engine" label={t("inspector.field.engine")} value={value} list={listId} placeholder={engines[0]} hint={t("inspector.field.engineHint")} toPatch={(v) => ({ engine: v })} />
      <datalist id={listId}>
        {engines.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
    </>
  );
}

/** A database: its engine (known ones suggested, any allowed) and its tables. */
export function DatabaseForm({ database, design }: { database: Database; design: Design }) {
  const { t } = useT();
  return (
    <Section>
      <IdentityFields id={database.id} name={database.name} description={database.description} />
      <EngineField value={database.engine} engines={DATABASE_ENGINES} listId="inspector-database-engines" />
      <ContextField design={design} value={database.context} />
      <ChipListField field="tables" label={t("inspector.field.tables")} itemLabel={t("inspector.field.table")} items={database.tables} placeholder={EXAMPLE.tables} hint={t("inspector.field.tablesHint")} toPatch={(tables) => ({ tables })} />
    </Section>
  );
}

/** A message broker. */
export function BrokerForm({ broker, design }: { broker: Broker; design: Design }) {
  return (
    <Section>
      <IdentityFields id={broker.id} name={broker.name} description={broker.description} />
      <EngineField value={broker.engine} engines={BROKER_ENGINES} listId="inspector-broker-engines" />
      <ContextField design={design} value={broker.context} />
    </Section>
  );
}

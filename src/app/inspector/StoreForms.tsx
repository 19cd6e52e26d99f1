import type { Broker, Database, Design } from "../../core/model/schema";
import { BROKER_ENGINES, DATABASE_ENGINES } from "../canvas/nodes/engine-label";
import { ContextField, IdentityFields } from "./CommonFields";
import { DraftField } from "./DraftField";
import { ChipListField } from "./ChipListField";
import { Section } from "./Section";

function EngineField({ value, engines, listId }: { value: string | undefined; engines: readonly string[]; listId: string }) {
  return (
    <>
      <DraftField field="engine" label="Engine" value={value} list={listId} placeholder={engines[0]} hint="Pick one or type your own" toPatch={(v) => ({ engine: v })} />
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
  return (
    <Section>
      <IdentityFields id={database.id} name={database.name} description={database.description} />
      <EngineField value={database.engine} engines={DATABASE_ENGINES} listId="inspector-database-engines" />
      <ContextField design={design} value={database.context} />
      <ChipListField field="tables" label="Tables" itemLabel="Table" items={database.tables} placeholder="orders, order_items" hint="Paste several, comma separated" toPatch={(tables) => ({ tables })} />
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

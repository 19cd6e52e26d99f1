import type { Context, Design } from "../../core/model/schema";
import { IdentityFields } from "./CommonFields";
import { DraftField } from "./DraftField";
import { Section } from "./Section";

/** A bounded context: who owns it, and how many elements it groups. */
export function ContextForm({ context, design }: { context: Context; design: Design }) {
  const count = (list: readonly { context?: string }[] | undefined) => (list ?? []).filter((el) => el.context === context.id).length;
  const [services, databases, brokers] = [count(design.services), count(design.databases), count(design.brokers)];
  return (
    <Section>
      <IdentityFields id={context.id} name={context.name} description={context.description} />
      <DraftField field="team" label="Team" value={context.team} toPatch={(v) => ({ team: v })} placeholder="Who owns this context" />
      <p className="text-[12px] text-slate-500" data-testid="inspector.context.members">
        Groups {plural(services, "service")}, {plural(databases, "database")} and {plural(brokers, "broker")}. Drag elements into the box to add them.
      </p>
    </Section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

import type { Context, Design } from "../../core/model/schema";
import { useT } from "../i18n/i18n";
import { IdentityFields } from "./CommonFields";
import { DraftField } from "./DraftField";
import { Section } from "./Section";

/** A bounded context: who owns it, and how many elements it groups. */
export function ContextForm({ context, design }: { context: Context; design: Design }) {
  const { t } = useT();
  const count = (list: readonly { context?: string }[] | undefined) => (list ?? []).filter((el) => el.context === context.id).length;
  const [services, databases, brokers] = [count(design.services), count(design.databases), count(design.brokers)];
  return (
    <Section>
      <IdentityFields id={context.id} name={context.name} description={context.description} />
      <DraftField field="team" label={t("inspector.field.team")} value={context.team} toPatch={(v) => ({ team: v })} placeholder={t("inspector.field.teamPlaceholder")} />
      <p className="text-[12px] text-slate-500" data-testid="inspector.context.members">
        {t("inspector.context.members", { services, databases, brokers })}
      </p>
    </Section>
  );
}

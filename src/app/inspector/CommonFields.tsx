import type { Design } from "../../core/model/schema";
import { useT } from "../i18n/i18n";
import { DraftField } from "./DraftField";
import { SelectField } from "./SelectField";

/** Id, name and description: every element kind has them. */
export function IdentityFields({ id, name, description, idHint }: { id: string; name: string; description: string | undefined; idHint?: string }) {
  const { t } = useT();
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <DraftField field="name" label={t("inspector.field.name")} value={name} toPatch={(v) => ({ name: v })} />
        <DraftField field="id" label={t("inspector.field.id")} value={id} toPatch={(v) => ({ id: v })} hint={idHint} />
      </div>
      <DraftField field="description" label={t("inspector.field.description")} value={description} toPatch={(v) => ({ description: v })} multiline placeholder={t("inspector.field.descriptionPlaceholder")} />
    </>
  );
}

/** The bounded context a service, database or broker belongs to. */
export function ContextField({ design, value }: { design: Design; value: string | undefined }) {
  const { t } = useT();
  const options = (design.contexts ?? []).map((c) => ({ value: c.id, label: c.name === c.id ? c.id : t("inspector.field.contextOption", { name: c.name, id: c.id }) }));
  const hint = options.length === 0 ? t("inspector.field.noContexts") : undefined;
  return <SelectField field="context" label={t("inspector.field.context")} value={value} options={options} unset={t("inspector.field.noContext")} hint={hint} toPatch={(v) => ({ context: v })} />;
}

import type { Design } from "../../core/model/schema";
import { DraftField } from "./DraftField";
import { SelectField } from "./SelectField";

/** Id, name and description: every element kind has them. */
export function IdentityFields({ id, name, description, idHint }: { id: string; name: string; description: string | undefined; idHint?: string }) {
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <DraftField field="name" label="Name" value={name} toPatch={(v) => ({ name: v })} />
        <DraftField field="id" label="Id" value={id} toPatch={(v) => ({ id: v })} hint={idHint} />
      </div>
      <DraftField field="description" label="Description" value={description} toPatch={(v) => ({ description: v })} multiline placeholder="What it is for" />
    </>
  );
}

/** The bounded context a service, database or broker belongs to. */
export function ContextField({ design, value }: { design: Design; value: string | undefined }) {
  const options = (design.contexts ?? []).map((c) => ({ value: c.id, label: c.name === c.id ? c.id : `${c.name} (${c.id})` }));
  const hint = options.length === 0 ? "No contexts yet: add one from the palette" : undefined;
  return <SelectField field="context" label="Bounded context" value={value} options={options} unset="No context" hint={hint} toPatch={(v) => ({ context: v })} />;
}

import { SelectField } from '@/components/ui/field';

/** A list filter over named records (team, department): "any" first, then each by name; the id goes in the URL. */
export function ChoiceFilter({ label, name, value, anyLabel, options }: { label: string; name: string; value?: string; anyLabel: string; options: { id: string; name: string }[] }) {
  return (
    <SelectField label={label} name={name} defaultValue={value ?? ''}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>{o.name}</option>
      ))}
    </SelectField>
  );
}

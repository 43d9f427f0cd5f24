import { SelectField } from '@/components/ui/field';

interface Props {
  teams: { id: string; name: string }[];
  owners: { id: string; name: string; teamId: string | null }[];
  values: { teamId?: string; ownerId?: string };
  /** Officers see their own team's records only, so a team filter would offer nothing. */
  showTeam: boolean;
  labels: { team: string; owner: string; anyTeam: string; anyOwner: string };
}

/** The team and owner selects that the lead and project filters share (params teamId, ownerId). */
export function TeamOwnerFilterFields({ teams, owners, values, showTeam, labels }: Props) {
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  return (
    <>
      {showTeam && (
        <SelectField label={labels.team} name="teamId" defaultValue={values.teamId ?? ''}>
          <option value="">{labels.anyTeam}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </SelectField>
      )}
      <SelectField label={labels.owner} name="ownerId" defaultValue={values.ownerId ?? ''}>
        <option value="">{labels.anyOwner}</option>
        {owners.map((o) => {
          // Across teams, two people may share a name: the team tells them apart.
          const team = o.teamId ? teamName.get(o.teamId) : undefined;
          return (
            <option key={o.id} value={o.id}>{showTeam && team ? `${o.name} · ${team}` : o.name}</option>
          );
        })}
      </SelectField>
    </>
  );
}

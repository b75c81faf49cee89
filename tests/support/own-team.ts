import type { TestApp } from './harness';

/**
 * A mediation team of Xã Mỹ Tú (2021) of a test file's own, with its hamlet. Since issue 8a the demo
 * reaches today: the 2021 commune's hamlets and teams moved to today's Xã Mỹ Tú at the reform (1 July
 * 2025), so a test that records the 2021 commune's work brings its own team, as the 2021 staff would
 * have recorded it. Idempotent per name.
 */
export async function ownTeam(app: TestApp, hamletName = 'Ấp Thử Nghiệm'): Promise<{ id: number; name: string }> {
  const teamName = `Tổ hòa giải ${hamletName}`;
  const [created] = await app.sql(`with h as (insert into hamlet (unit_id, name, kind) values ($1, $2, 'AP') on conflict do nothing returning id, unit_id)
                                    insert into mediation_team (unit_id, hamlet_id, name) select unit_id, id, $3 from h returning id, name`,
    [await app.unitId('31597'), hamletName, teamName]);
  return (created ?? (await app.sql('select id, name from mediation_team where name = $1', [teamName]))[0]) as { id: number; name: string };
}

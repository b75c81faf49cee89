-- Today's Vietnam (issue 8): the demo generator now continues to today. It records a run per 2021
-- province (the work on the ground until the reform and its continuation) and per 2025 province
-- (the provincial pool and courses, the communes' profiles and assessments, a plan), and it
-- writes yearly reports, which are marked like every other generated row.

alter table synthetic_run add column era smallint not null default 2021 check (era in (2021, 2025));
alter table synthetic_run drop constraint synthetic_run_pkey;
alter table synthetic_run add primary key (era, province_code);
comment on column synthetic_run.era is 'The tree the province belongs to: 2021 (the work on the ground until 30 June 2025 and its continuation in the hamlets'' new communes) or 2025 (what the new province itself does: its pool, courses, plan, the communes'' profiles and assessments).';

alter table report add column synthetic boolean not null default false;
comment on column report.synthetic is 'Made by the synthetic demo-data generator (server/src/seeds/synthetic), not by a user.';

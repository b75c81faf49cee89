-- What a case is about (mediation_case_summary, migration 20261201500100) is personal data like the
-- parties: the audit log, which higher units read, keeps only that it changed (the case's own row
-- says summaryChanged), never the text. The audit trigger that app_private.harden_tenant_tables()
-- adds after this batch hides the columns listed here; a trigger made before this row existed is
-- dropped so that the next hardening run makes it again with the column hidden.

insert into app_private.audit_setting (table_name, entity, redacted)
values ('mediation_case_summary', 'MediationCaseSummary', '{summary}')
on conflict (table_name) do update set redacted = excluded.redacted;

drop trigger if exists zz_audit on mediation_case_summary;

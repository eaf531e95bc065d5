package org.corporateparenting.infrastructure.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes the audit trail append-only in the database itself on PostgreSQL: triggers on {@code audit_event} and
 * {@code audit_seal} refuse every UPDATE, DELETE and TRUNCATE, whoever asks, so neither the application nor anyone
 * using its database account can rewrite what was recorded (the hash chain shows it if they drop the triggers
 * first; the README says how to take ownership of the two tables away from the application's account). Run after
 * every migration; each statement replaces what it creates, so running it again changes nothing. H2, the embedded
 * demonstration database, has no such triggers without a class on its own class path: there the hash chain alone
 * shows tampering.
 */
final class AppendOnlyAudit {

    private static final String REFUSE = """
            create or replace function audit_append_only() returns trigger language plpgsql as $$
            begin
                raise exception 'The audit trail is append-only: % on % refused', tg_op, tg_table_name;
            end
            $$""";

    private AppendOnlyAudit() {
    }

    static void protect(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            s.execute(REFUSE);
            for (String table : new String[] {"audit_event", "audit_seal"}) {
                s.execute("drop trigger if exists " + table + "_append_only on " + table);
                s.execute("create trigger " + table + "_append_only before update or delete on " + table
                        + " for each row execute function audit_append_only()");
                s.execute("drop trigger if exists " + table + "_no_truncate on " + table);
                s.execute("create trigger " + table + "_no_truncate before truncate on " + table
                        + " for each statement execute function audit_append_only()");
            }
        }
    }
}

package org.corporateparenting.infrastructure.migration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before any other startup work.
 * The schema is owned by the versioned scripts in {@code db/migration}; Hibernate never generates it.
 * A failed migration stops the deployment, so the application never runs on a half-migrated schema.
 */
@Singleton
@PermitAll
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Lock(LockType.READ)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/CorporateParentingDS")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        ClassLoader loader = SchemaMigration.class.getClassLoader();
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new IndexedResourceProvider(loader))
                .javaMigrationClassProvider(List::of)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current().getVersion().getVersion();
        try {
            AppendOnlyAudit.protect(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the audit trail append-only: " + e.getSQLState(), e);
        }
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now) on " + result.database);
    }

    /** Whether the database answers now, and the schema version reached at start-up (for health checks). */
    public DatabaseStatus status() {
        try (Connection connection = dataSource.getConnection()) {
            return new DatabaseStatus(connection.isValid(2), connection.getMetaData().getDatabaseProductName(),
                    schemaVersion);
        } catch (SQLException e) {
            LOG.warning(() -> "Database not reachable: " + e.getClass().getSimpleName() + " " + e.getSQLState());
            return new DatabaseStatus(false, null, schemaVersion);
        }
    }
}

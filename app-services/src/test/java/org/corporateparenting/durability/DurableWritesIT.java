package org.corporateparenting.durability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A write the application acknowledged survives a crash of the server on the embedded H2 database: H2's
 * default write delay (half a second in which committed transactions sit in memory) is off in the datasource
 * wildfly-config's CLI sets up, so every commit reaches the file before it returns. Checked on the server's
 * own datasource, as configured; on PostgreSQL, that the application's sessions wait for the commit to be written.
 */
@ExtendWith(ArquillianExtension.class)
class DurableWritesIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.create(WebArchive.class, "durable-writes-it.war").addClass(DurableWritesIT.class)
                .addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    @Resource(lookup = "java:jboss/datasources/CorporateParentingDS")
    DataSource database;

    @Test
    void everyCommitReachesTheDiskBeforeItIsAcknowledged() throws SQLException {
        if ("postgresql".equals(System.getProperty("cp.db.driver"))) {
            // fsync itself is the database administrator's (the throwaway test server turns it off for speed).
            assertThat(setting("show synchronous_commit")).isEqualTo("on");
        } else {
            assertThat(setting("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'"))
                    .as("H2's write delay in milliseconds").isEqualTo("0");
        }
    }

    private String setting(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return row.getString(1);
        }
    }
}

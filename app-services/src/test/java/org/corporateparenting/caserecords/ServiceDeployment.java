package org.corporateparenting.caserecords;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.corporateparenting.infrastructure.migration.MigrationIndex;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The services and domain as one test deployment: every class, the persistence unit, the migrations
 * and the libraries the EAR puts in lib/. Test classes add themselves and their fixtures. The report services
 * are left out (they need JasperReports and its many libraries; the EAR's deployment tests cover them).
 */
final class ServiceDeployment {

    private ServiceDeployment() {
    }

    static WebArchive create(String name, Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addPackages(true, path -> !path.get().contains("/org/corporateparenting/application/report/"),
                        "org.corporateparenting.domain", "org.corporateparenting.application", "org.corporateparenting.infrastructure")
                .addClasses(testClasses)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource("META-INF/ejb-jar.xml", "ejb-jar.xml")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml");
        war.addAsResource(MigrationIndex.FOLDER + "/index.txt");
        MigrationIndex.scripts(ServiceDeployment.class.getClassLoader())
                .forEach(script -> war.addAsResource(MigrationIndex.FOLDER + "/" + script));
        for (Class<?> library : new Class<?>[] {Flyway.class, PostgreSQLDatabaseType.class, ObjectMapper.class,
                JsonParser.class, JsonProperty.class, Assertions.class}) {
            war.addAsLibrary(jarOf(library));
        }
        return war;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.corporateparenting.caserecords;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.util.List;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.infrastructure.migration.DatabaseStatus;
import org.corporateparenting.infrastructure.migration.MigrationIndex;
import org.corporateparenting.infrastructure.migration.SchemaMigration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs on the database the server was started with (H2 or PostgreSQL, see the failsafe executions):
 * the migrations have run there, the demo council has been loaded into it, and it is the right product.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("schema-migration-it.war", SchemaMigrationIT.class, CaseRecordsFixture.class);
    }

    @EJB
    SchemaMigration migration;

    @EJB
    CaseRecordsFixture records;

    @Test
    void migratesTheDatabaseTheServerWasGiven() {
        DatabaseStatus status = migration.status();
        assertThat(status.ready()).isTrue();
        List<String> scripts = MigrationIndex.scripts(getClass().getClassLoader());
        String latest = scripts.get(scripts.size() - 1).substring(1, 4);
        assertThat(status.schemaVersion()).isEqualTo(latest);
        String expected = "postgresql".equals(System.getProperty("cp.db.driver")) ? "PostgreSQL" : "H2";
        assertThat(status.product()).isEqualTo(expected);
        List<?> history = records.read(em -> em.createNativeQuery(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null").getResultList());
        assertThat(history).extracting(String::valueOf)
                .containsExactlyInAnyOrderElementsOf(scripts.stream().map(name -> name.substring(1, 4)).toList());
    }

    @Test
    void loadsTheDemoCouncilWithAUserForEveryRole() {
        Council demo = records.read(em -> em.createQuery("select c from Council c where c.laCode = '999'", Council.class)
                .getSingleResult());
        assertThat(demo.getName()).contains("fictional");
        long children = records.read(em -> em.createQuery("select count(c) from Child c where c.council = :c", Long.class)
                .setParameter("c", demo).getSingleResult());
        assertThat(children).isEqualTo(Long.getLong("care.demo.children", 150));
        List<AppUser> users = records.read(em -> em.createQuery("select u from AppUser u", AppUser.class).getResultList());
        assertThat(users).flatExtracting(AppUser::getRoles).contains("councillor", "fostering", "adoption", "iro",
                "leaving-care", "performance-analyst", "administrator");
    }
}

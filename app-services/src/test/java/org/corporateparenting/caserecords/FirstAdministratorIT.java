package org.corporateparenting.caserecords;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import org.corporateparenting.application.access.FirstAdministrator;
import org.corporateparenting.domain.access.AppUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first-administrator bootstrap never works once users exist: on this server the demo users are loaded, so
 * even a valid username and password create nobody. (Its working on an empty server is GoingLiveIT's.)
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("first-administrator-it.war", FirstAdministratorIT.class, CaseRecordsFixture.class);
    }

    @EJB
    FirstAdministrator bootstrap;

    @EJB
    CaseRecordsFixture records;

    @Test
    void createsNobodyWhenUsersAlreadyExist() {
        long before = records.read(em -> em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult());
        assertThat(before).isPositive();
        assertThat(bootstrap.create("second-way-in", "kettle-orbit-meadow-42".toCharArray())).isFalse();
        AppUser created = records.read(em -> em.find(AppUser.class, "second-way-in"));
        assertThat(created).isNull();
        long after = records.read(em -> em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult());
        assertThat(after).isEqualTo(before);
    }
}

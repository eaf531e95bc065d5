package org.corporateparenting.caserecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people editing the same record: the second save is refused, the first one's change is kept. */
@ExtendWith(ArquillianExtension.class)
class OptimisticLockingIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("optimistic-locking-it.war", OptimisticLockingIT.class, CaseRecordsFixture.class);
    }

    @EJB
    CaseRecordsFixture records;

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        Council council = records.council("913");
        Child child = records.child(council, "L1", LocalDate.of(2012, 5, 5));
        Child first = records.read(em -> em.find(Child.class, child.getId()));
        Child second = records.read(em -> em.find(Child.class, child.getId()));

        first.recordHomePostcode("KV1 1AA");
        records.read(em -> em.merge(first));
        second.recordHomePostcode("KV2 2BB");

        assertThatThrownBy(() -> records.read(em -> em.merge(second)))
                .isInstanceOf(EJBException.class)
                .satisfies(e -> assertThat(causes(e)).anyMatch(cause -> cause instanceof OptimisticLockException
                        || cause.getClass().getSimpleName().equals("StaleObjectStateException")));
        Child stored = records.read(em -> em.find(Child.class, child.getId()));
        assertThat(stored.getHomePostcode()).isEqualTo("KV1 1AA");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}

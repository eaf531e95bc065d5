package org.corporateparenting.caserecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import org.corporateparenting.application.audit.AuditChainCheck;
import org.corporateparenting.application.audit.AuditChainVerification;
import org.corporateparenting.application.audit.AuditSealer;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on the database the server was given: sealed events check intact; on PostgreSQL the database itself
 * refuses to change or remove an event; and an event changed behind the triggers' back (or on H2, which has none)
 * breaks the chain at its own seal until it is put back.
 */
@ExtendWith(ArquillianExtension.class)
class AppendOnlyAuditIT {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("cp.db.driver"));

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("append-only-audit-it.war", AppendOnlyAuditIT.class, CaseRecordsFixture.class);
    }

    @EJB
    AuditSealer sealer;

    @EJB
    CaseRecordsFixture records;

    @Test
    void aSealedEventCannotBeChangedUnseen() {
        long id = records.read(em -> {
            AuditEvent e = new AuditEvent(LocalDateTime.now(), "append-only-it", AuditAction.READ, "ApiRequest", 0, null, "GET /api/children");
            em.persist(e);
            em.flush();
            return e.getId();
        });
        sealer.seal();
        assertThat(verify().intact()).as("the trail as recorded").isTrue();

        String change = "update audit_event set username = 'someone-else' where id = " + id;
        if (POSTGRESQL) {
            assertThatThrownBy(() -> records.read(em -> em.createNativeQuery(change).executeUpdate())).hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> records.read(em -> em.createNativeQuery("delete from audit_event where id = " + id).executeUpdate()))
                    .hasStackTraceContaining("append-only");
        }
        behindTheTriggers(change);
        AuditChainCheck tampered = verify();
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.problem()).contains("event " + id + " has been changed since it was sealed");

        behindTheTriggers("update audit_event set username = 'append-only-it' where id = " + id);
        assertThat(verify().intact()).as("put back as it was").isTrue();
    }

    private AuditChainCheck verify() {
        return records.read(AuditChainVerification::verify);
    }

    /** A change as the tables' owner could make it, the PostgreSQL trigger switched off for it. */
    private void behindTheTriggers(String sql) {
        records.read(em -> {
            if (POSTGRESQL) {
                em.createNativeQuery("alter table audit_event disable trigger audit_event_append_only").executeUpdate();
            }
            em.createNativeQuery(sql).executeUpdate();
            if (POSTGRESQL) {
                em.createNativeQuery("alter table audit_event enable trigger audit_event_append_only").executeUpdate();
            }
            return null;
        });
    }
}

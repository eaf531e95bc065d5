package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.corporateparenting.domain.report.ReportKind;

/**
 * Queries over a council's published report editions: each edition's number within its period and the edition a download
 * serves. The list of editions stays with {@code EditionService}, whose view it selects (this package depends on no
 * service's types). Open to any caller: {@code EditionService} is the role boundary.
 */
@Stateless
@PermitAll
public class EditionRepository {

    @PersistenceContext
    private EntityManager em;

    /** The highest edition number published for a report's period, 0 if none has been. */
    public int lastEdition(long councilId, ReportKind kind, String period) {
        return em.createQuery("select coalesce(max(e.edition), 0) from ReportEdition e where e.council.id = :c and e.kind = :k "
                + "and e.period = :p", Integer.class).setParameter("c", councilId).setParameter("k", kind)
                .setParameter("p", period).getSingleResult();
    }

    /** The newest edition of a report's latest period in a format. */
    public Optional<Long> latest(long councilId, ReportKind kind, String format) {
        return em.createQuery("select e.id from ReportEdition e where e.council.id = :c and e.kind = :k and e.format = :f "
                + "order by e.period desc, e.edition desc", Long.class).setParameter("c", councilId)
                .setParameter("k", kind).setParameter("f", format).setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest edition of one period of a report in a format. */
    public Optional<Long> newestOf(long councilId, ReportKind kind, String period, String format) {
        return em.createQuery("select e.id from ReportEdition e where e.council.id = :c and e.kind = :k and e.period = :p "
                + "and e.format = :f order by e.edition desc", Long.class).setParameter("c", councilId)
                .setParameter("k", kind).setParameter("p", period).setParameter("f", format).setMaxResults(1)
                .getResultStream().findFirst();
    }
}

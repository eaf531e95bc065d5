package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.domain.report.ReportKind;

/**
 * Queries over a council's published report editions: each edition's number within its period, the list shown on the
 * reports page (without the files' bytes) and the edition a download serves. Open to any caller: {@code EditionService}
 * is the role boundary.
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

    /** The council's editions without their files, newest first. */
    public List<EditionView> editionsOf(long councilId) {
        return em.createQuery("select new " + EditionView.class.getName() + "(e.id, e.kind, e.period, e.edition, e.format, e.builtFrom, "
                + "e.sizeBytes, e.sha256, e.publishedBy, e.publishedAt) from ReportEdition e where e.council.id = :c "
                + "order by e.publishedAt desc, e.period desc, e.edition desc, e.format desc", EditionView.class)
                .setParameter("c", councilId).getResultList();
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

package org.corporateparenting.application.indicator;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corporateparenting.domain.indicator.PublishedMonth;
import org.corporateparenting.domain.indicator.ReportingMonth;

/** Reads published months: the latest revision of each month in a range, or every revision of one month. */
@Stateless
@PermitAll
public class PublishedMonths {

    @PersistenceContext
    private EntityManager em;

    /** The latest revision of each published month from {@code from} to {@code to}, by month. */
    public Map<ReportingMonth, PublishedMonth> latest(long council, ReportingMonth from, ReportingMonth to) {
        List<PublishedMonth> all = em.createQuery("select p from PublishedMonth p where p.council.id = :c and p.month >= :f "
                + "and p.month <= :t order by p.revision", PublishedMonth.class).setParameter("c", council)
                .setParameter("f", from.toString()).setParameter("t", to.toString()).getResultList();
        Map<ReportingMonth, PublishedMonth> latest = new TreeMap<>();
        for (PublishedMonth p : all) {
            latest.put(p.getMonth(), p);
        }
        return latest;
    }

    public List<PublishedMonth> revisions(long council, ReportingMonth month) {
        return em.createQuery("select p from PublishedMonth p where p.council.id = :c and p.month = :m order by p.revision",
                PublishedMonth.class).setParameter("c", council).setParameter("m", month.toString()).getResultList();
    }

    /** Every published month, latest first. */
    public List<String> months(long council) {
        return em.createQuery("select distinct p.month from PublishedMonth p where p.council.id = :c order by p.month desc",
                String.class).setParameter("c", council).getResultList();
    }
}

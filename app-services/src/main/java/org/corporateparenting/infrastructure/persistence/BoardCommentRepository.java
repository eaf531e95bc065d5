package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.corporateparenting.domain.indicator.Commentary;
import org.corporateparenting.domain.indicator.IndicatorComment;

/**
 * Queries over what the service's managers write for the board each month: an area's commentary and a comment on one
 * indicator, every version kept, in the order written (the latest is the one shown). Open to any caller: the services
 * that use it are the role boundary.
 */
@Stateless
@PermitAll
public class BoardCommentRepository {

    @PersistenceContext
    private EntityManager em;

    /** Every version of every area's commentary for the month, the earliest written first. */
    public List<Commentary> commentaryOf(long councilId, String month) {
        return em.createQuery("select c from Commentary c where c.council.id = :c and c.month = :m order by c.writtenAt",
                Commentary.class).setParameter("c", councilId).setParameter("m", month).getResultList();
    }

    /** Every version of every indicator's comment for the month, the earliest written first. */
    public List<IndicatorComment> indicatorCommentsOf(long councilId, String month) {
        return em.createQuery("select n from IndicatorComment n where n.council.id = :c and n.month = :m order by n.writtenAt, n.id",
                IndicatorComment.class).setParameter("c", councilId).setParameter("m", month).getResultList();
    }
}

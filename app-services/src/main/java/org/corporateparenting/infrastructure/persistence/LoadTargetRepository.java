package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Stream;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Queries over a council's records that an SSDA903 load merges into: each kind read once for the whole council, with
 * its child fetched, so that matching a file's rows to the records reads no more per row. Open to any caller: the
 * import service is the role boundary.
 */
@Stateless
@PermitAll
public class LoadTargetRepository {

    @PersistenceContext
    private EntityManager em;

    /** The council's children. */
    public Stream<Child> children(long councilId) {
        return em.createQuery("select c from Child c where c.council.id = :c", Child.class).setParameter("c", councilId)
                .getResultStream();
    }

    /** The council's records of a kind that belong to a child (a {@code child} association), read with the child. */
    public <T> Stream<T> ofChildren(long councilId, Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName() + " r join fetch r.child where r.child.council.id = :c", type)
                .setParameter("c", councilId).getResultStream();
    }

    /** The council's adoption journeys, read with their children. */
    public Stream<AdoptionJourney> journeys(long councilId) {
        return ofChildren(councilId, AdoptionJourney.class);
    }

    /** The council's reviews, read with their children. */
    public Stream<LookedAfterReview> reviews(long councilId) {
        return ofChildren(councilId, LookedAfterReview.class);
    }

    /** The council's UASC periods, read with their children. */
    public Stream<UascPeriod> uascPeriods(long councilId) {
        return ofChildren(councilId, UascPeriod.class);
    }

    /** The council's health assessments and checks, as the OC2 figures read them. */
    public List<Object> health(long councilId) {
        return Stream.concat(
                em.createQuery("select a from HealthAssessment a where a.child.council.id = :c", HealthAssessment.class)
                        .setParameter("c", councilId).getResultStream(),
                em.createQuery("select h from HealthCheck h where h.child.council.id = :c", HealthCheck.class)
                        .setParameter("c", councilId).getResultStream())
                .map(Object.class::cast).toList();
    }

    /** The council's care leavers' birthday checks, read with the care leaver. */
    public Stream<BirthdayCheck> birthdayChecks(long councilId) {
        return em.createQuery("select b from BirthdayCheck b join fetch b.careLeaver where b.careLeaver.child.council.id = :c",
                BirthdayCheck.class).setParameter("c", councilId).getResultStream();
    }
}

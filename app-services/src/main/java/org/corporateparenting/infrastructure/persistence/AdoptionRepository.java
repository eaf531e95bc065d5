package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;

/**
 * Queries over the adoption team's records: a child's adoption journey and the council's adopter households. Open to
 * any caller: {@code AdoptionService} is the role boundary.
 */
@Stateless
@PermitAll
public class AdoptionRepository {

    @PersistenceContext
    private EntityManager em;

    /** The child's adoption journey, if one is recorded (a child has at most one). */
    public Optional<AdoptionJourney> journeyOf(long childId) {
        return em.createQuery("select j from AdoptionJourney j where j.child.id = :c", AdoptionJourney.class)
                .setParameter("c", childId).getResultStream().findFirst();
    }

    /** The council's adopter households in the order of their references. */
    public List<AdopterHousehold> adoptersOf(long councilId) {
        return em.createQuery("select h from AdopterHousehold h where h.council.id = :c order by h.householdRef",
                AdopterHousehold.class).setParameter("c", councilId).getResultList();
    }

    /** Whether the council already has adopters under a reference. */
    public boolean hasAdopters(long councilId, String householdRef) {
        return em.createQuery("select count(h) from AdopterHousehold h where h.council.id = :c and h.householdRef = :r",
                Long.class).setParameter("c", councilId).setParameter("r", householdRef).getSingleResult() > 0;
    }
}

package org.corporateparenting.application.indicator;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.PopulationEstimate;

/**
 * Reads all of one council's records the indicators need, one query per kind of record (households and
 * children first, so that every later record finds them already loaded), and gathers them into a
 * {@link CouncilHistory}. Internal: the callers check roles.
 */
@Stateless
@PermitAll
public class CouncilHistoryLoader {

    private static final List<String> QUERIES = List.of(
            "select h from FosterHousehold h where h.council.id = :c",
            "select c from Child c where c.council.id = :c",
            "select t from ApprovalTerms t where t.household.council.id = :c",
            "select v from SupervisoryVisit v where v.household.council.id = :c",
            "select a from Allegation a where a.household.council.id = :c",
            "select c from Complaint c where c.household.council.id = :c",
            "select e from Episode e where e.child.council.id = :c",
            "select u from UascPeriod u where u.child.council.id = :c",
            "select a from HealthAssessment a where a.child.council.id = :c",
            "select h from HealthCheck h where h.child.council.id = :c",
            "select m from MissingEpisode m where m.child.council.id = :c",
            "select e from EducationRecord e where e.child.council.id = :c",
            "select a from Attendance a where a.child.council.id = :c",
            "select r from LookedAfterReview r where r.child.council.id = :c",
            "select e from Escalation e where e.child.council.id = :c",
            "select j from AdoptionJourney j where j.child.council.id = :c",
            "select l from CareLeaver l where l.child.council.id = :c",
            "select p from LivingPeriod p where p.careLeaver.child.council.id = :c",
            "select p from PathwayPlan p where p.careLeaver.child.council.id = :c",
            "select c from CareLeaverContact c where c.careLeaver.child.council.id = :c",
            "select b from BirthdayCheck b where b.careLeaver.child.council.id = :c",
            "select a from AdopterHousehold a where a.council.id = :c",
            "select f from FosteringEnquiry f where f.council.id = :c");

    @PersistenceContext
    private EntityManager em;

    public CouncilHistory load(long council) {
        List<Object> records = new ArrayList<>();
        for (String query : QUERIES) {
            records.addAll(em.createQuery(query, Object.class).setParameter("c", council).getResultList());
        }
        return CouncilHistory.of(records, population(council));
    }

    public Map<Integer, Integer> population(long council) {
        return em.createQuery("select p from PopulationEstimate p where p.council.id = :c", PopulationEstimate.class)
                .setParameter("c", council).getResultStream()
                .collect(Collectors.toMap(PopulationEstimate::getMidYear, PopulationEstimate::getUnder18));
    }
}

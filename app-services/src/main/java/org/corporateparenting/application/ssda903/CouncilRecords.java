package org.corporateparenting.application.ssda903;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.review.LookedAfterReview;

/** Reads one council's records that its 903 return is written from, for the export and for the check before it. */
final class CouncilRecords {

    private CouncilRecords() {
    }

    static Ssda903Records read(EntityManager em, long council) {
        return new Ssda903Records(
                list(em, "select c from Child c where c.council.id = :c", Child.class, council),
                list(em, "select e from Episode e join fetch e.child where e.child.council.id = :c", Episode.class, council),
                list(em, "select u from UascPeriod u join fetch u.child where u.child.council.id = :c", UascPeriod.class, council),
                list(em, "select r from LookedAfterReview r join fetch r.child where r.child.council.id = :c",
                        LookedAfterReview.class, council),
                list(em, "select b from BirthdayCheck b where b.careLeaver.child.council.id = :c",
                        BirthdayCheck.class, council),
                list(em, "select m from MissingEpisode m join fetch m.child where m.child.council.id = :c",
                        MissingEpisode.class, council),
                Stream.concat(
                        list(em, "select a from HealthAssessment a where a.child.council.id = :c", HealthAssessment.class, council).stream(),
                        list(em, "select h from HealthCheck h where h.child.council.id = :c", HealthCheck.class, council).stream()).toList(),
                list(em, "select o from Oc2Return o where o.child.council.id = :c", Oc2Return.class, council),
                list(em, "select j from AdoptionJourney j where j.child.council.id = :c", AdoptionJourney.class, council),
                list(em, "select p from PreviousPermanence p where p.child.council.id = :c", PreviousPermanence.class, council),
                list(em, "select w from SocialWorkerEpisode w where w.child.council.id = :c", SocialWorkerEpisode.class, council));
    }

    /** The record number of each of the council's children, by child identifier. */
    static Map<String, Long> ids(EntityManager em, long council) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select c.childRef, c.id from Child c where c.council.id = :c", Object[].class).setParameter("c", council)
                .getResultStream().forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    private static <T> List<T> list(EntityManager em, String query, Class<T> type, long council) {
        return em.createQuery(query, type).setParameter("c", council).getResultList();
    }
}

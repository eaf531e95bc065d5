package org.corporateparenting.application.ssda903;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * The council's SSDA903 return for a collection year, written from its own records by
 * {@link Ssda903Writer}, as a ZIP of CSV files. Performance analysts and administrators only: the files
 * hold every looked-after child's identifiers and dates of birth.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903ExportService {

    private static final Logger LOG = Logger.getLogger(Ssda903ExportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    public byte[] export(int startYear) {
        CollectionYear year = new CollectionYear(startYear);
        if (year.compareTo(CollectionYear.FIRST) < 0 || year.start().isAfter(LocalDate.now())) {
            throw RuleViolation.of("year", "Choose a collection year from " + CollectionYear.FIRST + " to the current one.");
        }
        long council = users.callerCouncilId();
        Ssda903Records records = new Ssda903Records(
                list("select c from Child c where c.council.id = :c", Child.class, council),
                list("select e from Episode e join fetch e.child where e.child.council.id = :c", Episode.class, council),
                list("select u from UascPeriod u join fetch u.child where u.child.council.id = :c", UascPeriod.class, council),
                list("select r from LookedAfterReview r join fetch r.child where r.child.council.id = :c",
                        LookedAfterReview.class, council),
                list("select b from BirthdayCheck b where b.careLeaver.child.council.id = :c",
                        BirthdayCheck.class, council),
                list("select m from MissingEpisode m join fetch m.child where m.child.council.id = :c",
                        MissingEpisode.class, council),
                java.util.stream.Stream.concat(
                        list("select a from HealthAssessment a where a.child.council.id = :c", HealthAssessment.class, council).stream(),
                        list("select h from HealthCheck h where h.child.council.id = :c", HealthCheck.class, council).stream()).toList(),
                list("select o from Oc2Return o where o.child.council.id = :c", Oc2Return.class, council),
                list("select j from AdoptionJourney j where j.child.council.id = :c", AdoptionJourney.class, council),
                list("select p from PreviousPermanence p where p.child.council.id = :c", PreviousPermanence.class, council),
                list("select w from SocialWorkerEpisode w where w.child.council.id = :c", SocialWorkerEpisode.class, council));
        byte[] zip = Ssda903Export.zip(Ssda903Writer.write(records, year));
        LOG.info(() -> "SSDA903 return " + year + " of council " + council + " written (" + zip.length + " bytes)");
        return zip;
    }

    private <T> List<T> list(String query, Class<T> type, long council) {
        return em.createQuery(query, type).setParameter("c", council).getResultList();
    }
}

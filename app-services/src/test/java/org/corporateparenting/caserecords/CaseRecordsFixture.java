package org.corporateparenting.caserecords;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.function.Function;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;

/** Builds and reads records for the integration tests, each call in its own transaction. */
@Stateless
public class CaseRecordsFixture {

    @PersistenceContext
    EntityManager em;

    public Council council(String laCode) {
        Council council = new Council(laCode, "Test council " + laCode + " (fictional)");
        em.persist(council);
        return council;
    }

    public Child child(Council council, String ref, LocalDate dob) {
        Child child = new Child(em.merge(council), ref, "Test", "Child " + ref, "2", dob, "WBRI");
        em.persist(child);
        return child;
    }

    /** An episode from {@code start} to {@code end} (open when null). */
    public Episode episode(Child child, LocalDate start, LocalDate end) {
        return episode(child, start, end, "C2");
    }

    /** An episode under the given legal status (V3 or V4: short breaks), placed with foster carers. */
    public Episode episode(Child child, LocalDate start, LocalDate end, String legalStatus) {
        Episode episode = new Episode(em.merge(child), start, "S", legalStatus, "N1", "U4");
        if (end != null) {
            episode.end(end, "E13", null);
        }
        em.persist(episode);
        return episode;
    }

    public <T> T read(Function<EntityManager, T> query) {
        return query.apply(em);
    }
}

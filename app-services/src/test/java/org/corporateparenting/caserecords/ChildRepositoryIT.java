package org.corporateparenting.caserecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.access.NeedToKnow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The case-record queries and constraints, on the real database (runs on H2 and on PostgreSQL). */
@ExtendWith(ArquillianExtension.class)
class ChildRepositoryIT {

    private static final LocalDate D = LocalDate.of(2025, 3, 31);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("child-repository-it.war", ChildRepositoryIT.class, CaseRecordsFixture.class);
    }

    @EJB
    ChildRepository repository;

    @EJB
    CaseRecordsFixture records;

    @Test
    void aChildIsLookedAfterFromTheStartDayUntilTheDayBeforeTheEnd() {
        Council council = records.council("901");
        Child child = records.child(council, "A1", LocalDate.of(2015, 1, 1));
        records.episode(child, D, D.plusDays(10));

        assertThat(repository.countLookedAfterOn(council.getId(), D.minusDays(1))).isZero();
        assertThat(repository.countLookedAfterOn(council.getId(), D)).isEqualTo(1);
        assertThat(repository.countLookedAfterOn(council.getId(), D.plusDays(9))).isEqualTo(1);
        assertThat(repository.countLookedAfterOn(council.getId(), D.plusDays(10))).isZero();
    }

    @Test
    void aChildWithTwoEpisodesOnTheSameDayCountsOnce() {
        Council council = records.council("902");
        Child child = records.child(council, "B1", LocalDate.of(2012, 6, 1));
        records.episode(child, D.minusDays(30), D);
        records.episode(child, D, null);
        Child other = records.child(council, "B2", LocalDate.of(2010, 6, 1));
        records.episode(other, D.minusDays(5), D.minusDays(1));

        assertThat(repository.countLookedAfterOn(council.getId(), D)).isEqualTo(1);
        assertThat(repository.countLookedAfterOn(council.getId(), D.minusDays(2))).isEqualTo(2);
        List<Child> both = repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, null, 0, 10);
        assertThat(repository.lookedAfterAmong(both, D)).containsExactly(child.getId());
    }

    @Test
    void aChildOnAnAgreedSeriesOfShortBreaksIsNotCountedAsLookedAfterAsTheDatasetDoesNot() {
        Council council = records.council("908");
        Child breaks = records.child(council, "S1", LocalDate.of(2014, 2, 2));
        records.episode(breaks, D.minusDays(3), null, "V3");
        Child cared = records.child(council, "S2", LocalDate.of(2014, 2, 2));
        records.episode(cared, D.minusDays(3), null, "C2");

        assertThat(repository.countLookedAfterOn(council.getId(), D)).isEqualTo(1);
        List<Child> both = repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, null, 0, 10);
        assertThat(repository.lookedAfterAmong(both, D)).containsExactly(cared.getId());
    }

    @Test
    void countsOnlyTheCouncilAsked() {
        Council first = records.council("903");
        Council second = records.council("904");
        records.episode(records.child(first, "C1", LocalDate.of(2014, 2, 2)), D, null);
        records.episode(records.child(second, "C1", LocalDate.of(2014, 2, 2)), D, null);
        records.episode(records.child(second, "C2", LocalDate.of(2016, 2, 2)), D, null);

        assertThat(repository.countLookedAfterOn(first.getId(), D)).isEqualTo(1);
        assertThat(repository.countLookedAfterOn(second.getId(), D)).isEqualTo(2);
        assertThat(repository.countChildren(second.getId(), NeedToKnow.Reach.EVERY_CHILD, null)).isEqualTo(2);
    }

    @Test
    void pagesAreOrderedBySurnameAndDoNotOverlap() {
        Council council = records.council("905");
        for (String ref : List.of("P3", "P1", "P5", "P2", "P4")) {
            records.child(council, ref, LocalDate.of(2013, 1, 1));
        }
        List<Child> first = repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, null, 0, 2);
        List<Child> second = repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, null, 1, 2);
        List<Child> third = repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, null, 2, 2);
        assertThat(first).extracting(Child::getChildRef).containsExactly("P1", "P2");
        assertThat(second).extracting(Child::getChildRef).containsExactly("P3", "P4");
        assertThat(third).extracting(Child::getChildRef).containsExactly("P5");
    }

    @Test
    void aSearchFindsByTheStartOfANameOrTheWholeReferenceInTheCouncilAskedOnly() {
        Council council = records.council("911");
        for (String ref : List.of("S10", "S11", "T20")) {
            records.child(council, ref, LocalDate.of(2013, 1, 1));
        }
        records.child(records.council("912"), "S12", LocalDate.of(2013, 1, 1));

        assertThat(repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, "child s1", 0, 10)).as("surnames are 'Child S10', 'Child S11'...")
                .extracting(Child::getChildRef).containsExactly("S10", "S11");
        assertThat(repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, "test child t", 0, 10)).extracting(Child::getChildRef).containsExactly("T20");
        assertThat(repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, "s11", 0, 10)).as("the whole reference, any case")
                .extracting(Child::getChildRef).containsExactly("S11");
        assertThat(repository.findPage(council.getId(), NeedToKnow.Reach.EVERY_CHILD, "s1", 0, 10)).as("not the start of a reference").isEmpty();
        assertThat(repository.countChildren(council.getId(), NeedToKnow.Reach.EVERY_CHILD, "Child")).isEqualTo(3);
        assertThat(repository.countChildren(council.getId(), NeedToKnow.Reach.EVERY_CHILD, "Ch%ld")).as("a wildcard matches nothing").isZero();
    }

    @Test
    void theSameChildReferenceCannotBeStoredTwiceInOneCouncil() {
        Council council = records.council("906");
        records.child(council, "D1", LocalDate.of(2011, 1, 1));
        assertThatThrownBy(() -> records.child(council, "D1", LocalDate.of(2012, 1, 1)))
                .isInstanceOf(EJBException.class);
        assertThat(repository.countChildren(council.getId(), NeedToKnow.Reach.EVERY_CHILD, null)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesAnEpisodeEndingBeforeItStarts() {
        Council council = records.council("907");
        Child child = records.child(council, "E1", LocalDate.of(2011, 1, 1));
        assertThatThrownBy(() -> records.read(em -> em.createNativeQuery("""
                insert into episode (id, version, child_id, start_date, end_date, reason_new, legal_status,
                  category_of_need, placement_type) values (-1, 0, ?, ?, ?, 'S', 'C2', 'N1', 'U4')""")
                .setParameter(1, child.getId()).setParameter(2, D).setParameter(3, D.minusDays(1))
                .executeUpdate())).isInstanceOf(EJBException.class);
        assertThat(repository.countLookedAfterOn(council.getId(), D)).isZero();
    }
}

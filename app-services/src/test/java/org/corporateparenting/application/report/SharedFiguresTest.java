package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.COUNCIL;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.d;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;
import org.corporateparenting.domain.report.ReportingYear;
import org.junit.jupiter.api.Test;

/**
 * Figures shared by the year's reports agree with each other and with the board's dataset, counted by one rule; a
 * figure that differs is named with every place; figures that differ by definition carry different labels and a note.
 */
class SharedFiguresTest {

    static final ReportingYear YEAR = ReportingYear.parse("2025-26");
    static final String MAINSTREAM = "FC_CIC_MAINSTREAM_INHOUSE";

    @Test
    void childrenWithInHouseMainstreamCarersAreCountedAsTheBoardsDatasetCountsThem() {
        // two children with a household still approved on 31 March, one with a household whose approval ended on 1 March
        List<Object> records = new ArrayList<>();
        FosterHousehold approved = new FosterHousehold(COUNCIL, "H1", "Household one", HouseholdType.MAINSTREAM, d("2020-05-01"));
        FosterHousehold ended = new FosterHousehold(COUNCIL, "H2", "Household two", HouseholdType.MAINSTREAM, d("2019-05-01"));
        ended.deregister(d("2026-03-01"), DeregistrationReason.RESIGNED_RETIREMENT);
        records.addAll(List.of(approved, ended));
        placed(records, "C1", approved);
        placed(records, "C2", approved);
        placed(records, "C3", ended);
        CouncilHistory history = CouncilHistory.of(records, Map.of());

        AnnualFigures fostering = FosteringYearFigures.of(history, YEAR);
        Dataset march = Catalogue.of(Standards.DEFAULT).engine().compute(history, List.of(ReportingMonth.of(2026, 3))).get(0);
        long inDataset = Math.round(march.measure(MAINSTREAM).orElseThrow().numerator());

        assertThat(parts(fostering, "households")).as("households approved on 31 March").containsEntry("Mainstream", 1L);
        assertThat(parts(fostering, "placed")).as("the board's rule: every child with an own household").containsEntry("Mainstream", 3L);
        assertThat(inDataset).isEqualTo(3);
        Map<PeriodDisclosure.Line, String> lines = new FosteringSource().indicatorLines(fostering);
        List<SharedFigures.Printed> printed = SharedFigures.printed("the fostering report", fostering, lines);
        assertThat(SharedFigures.differences(Set.copyOf(lines.values()), printed, Map.of(MAINSTREAM, inDataset), "the dataset", Map.of()))
                .isEmpty();
        assertThat(fostering.table("placed").orElseThrow().note()).as("how the children differ from the households approved")
                .contains("whose approval had ended");
    }

    @Test
    void aSharedFigureThatDiffersIsNamedWithEveryReportAndTheDataset() {
        List<SharedFigures.Printed> printed = List.of(new SharedFigures.Printed("the fostering report", MAINSTREAM, "the table placed, Mainstream", 46),
                new SharedFigures.Printed("the board's report", MAINSTREAM, "the table fostering", 51),
                new SharedFigures.Printed("the IRO report", "CIC_COUNT", "the table by age, total", 400));
        List<String> failures = SharedFigures.differences(Set.of(MAINSTREAM, "CIC_COUNT"), printed, Map.of(MAINSTREAM, 51L, "CIC_COUNT", 400L),
                "the board's dataset for 2026-03", Map.of(MAINSTREAM, "Children in care in mainstream in-house foster placements"));
        assertThat(failures).containsExactly("Children in care in mainstream in-house foster placements (FC_CIC_MAINSTREAM_INHOUSE) differs across "
                + "the year's reports: 46 in the fostering report (the table placed, Mainstream); 51 in the board's report (the table fostering); "
                + "51 in the board's dataset for 2026-03.");
        assertThat(SharedFigures.differences(Set.of("CIC_COUNT"), printed, Map.of(MAINSTREAM, 51L), "the dataset", Map.of()))
                .as("only the figures the report being checked prints").isEmpty();
    }

    @Test
    void reviewsOnTimeAndChildrenReviewedWithinTimescalesCarryDifferentLabelsAndTheNoteInBothReports() {
        CouncilHistory none = CouncilHistory.of(List.of(), Map.of());
        AnnualFigures iro = IroYearFigures.of(none, YEAR, Map.of(), Map.of());
        Catalogue catalogue = Catalogue.of(Standards.DEFAULT);
        List<Dataset> marches = catalogue.engine().compute(none, List.of(ReportingMonth.of(2026, 3), ReportingMonth.of(2025, 3)));
        AnnualFigures board = BoardYearFigures.of("2025-26", "2024-25", catalogue.definitions(), marches.get(0), marches.get(1));

        CountTable onTime = iro.table("onTime").orElseThrow();
        CountTable reviews = board.table("reviews").orElseThrow();
        assertThat(onTime.note()).isEqualTo(SharedFigures.REVIEWS_ON_TIME);
        assertThat(reviews.note()).contains(SharedFigures.REVIEWS_ON_TIME);
        assertThat(reviews.parts()).extracting(CountTable.Count::label).contains("% of children in care reviewed within timescales")
                .doesNotContain(onTime.title());
        assertThat(iro.reference("reviews.onTimePct").orElseThrow().meaning()).isNotEqualTo("% of children in care reviewed within timescales")
                .contains("each review counted");
    }

    private static void placed(List<Object> records, String id, FosterHousehold household) {
        Child child = new Child(COUNCIL, id, "Test", "Child", "1", d("2015-01-01"), "WBRI");
        Episode e = new Episode(child, d("2025-01-01"), "S", "C2", "N1", "U4");
        e.placeWith("PR1", "AB1 2CD", household);
        records.addAll(List.of(child, e));
    }
}

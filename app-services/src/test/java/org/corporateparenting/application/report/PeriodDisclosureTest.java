package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.application.report.PeriodDisclosure.Line;
import org.corporateparenting.application.report.PeriodDisclosure.Output;
import org.corporateparenting.application.report.PeriodDisclosure.Target;
import org.corporateparenting.domain.disclosure.DisclosureRule;
import org.corporateparenting.domain.disclosure.LinkedFigures;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.disclosure.RecoveryAttack;
import org.junit.jupiter.api.Test;

/** The reports of a year withhold as one: no report prints what another withholds, nor lets it be worked out. */
class PeriodDisclosureTest {

    private static final DisclosureRule RULE = new DisclosureRule(5);

    /** The fostering report's households on 31 March: 43 mainstream, 11 connected person, 3 short break, 57 in all. */
    private static final AnnualFigures FOSTERING = new AnnualFigures("2025-26", "2024-25", List.of(
            new CountTable("households", "Households", "of households",
                    List.of(Count.of("Mainstream", 43, 40), Count.of("Connected person", 11, 10), Count.of("Short break", 3, 0)),
                    Count.of("Total", 57, 50), null, true)), List.of());

    /** The board's annual report prints the board's indicators for 31 March, the 11 connected-person households among them. */
    private static final AnnualFigures BOARD = new AnnualFigures("2025-26", "2024-25", List.of(
            new CountTable("fostering", "Fostering on 31 March", "of those counted",
                    List.of(Count.of("Connected person foster households", 11, 10)), null, null, true)), List.of());

    private static final Map<Line, String> FOSTERING_INDICATORS = Map.of(new Line("households", "Connected person"), "FC_CONNECTED_HOUSEHOLDS");
    private static final Map<Line, String> BOARD_INDICATORS = Map.of(new Line("fostering", "Connected person foster households"),
            "FC_CONNECTED_HOUSEHOLDS");

    @Test
    void alone_theFosteringReportWithholdsTheElevenThatTheBoardPrints() {
        PeriodDisclosure alone = PeriodDisclosure.of(List.of(Output.alone("fostering:1", "Fostering", 1, FOSTERING)), RULE);
        PeriodDisclosure.Column households = alone.columns("fostering:1", "households")[0];
        assertThat(households.parts()).as("the leak found: 57 − 43 − 11 = 3 once the board's 11 is read beside it")
                .containsExactly(Mark.SHOWN, Mark.CONFIDENTIAL, Mark.SMALL);
    }

    @Test
    void together_theReportsWithholdAFigureTheBoardHasNotPrintedAndNothingGivesTheThreeBack() {
        PeriodDisclosure period = PeriodDisclosure.of(List.of(
                Output.alone("board:1", "Board", 1, BOARD).linked(BOARD_INDICATORS, Map.of(), List.of()),
                Output.alone("fostering:1", "Fostering", 1, FOSTERING).linked(FOSTERING_INDICATORS, Map.of(), List.of())), RULE);

        PeriodDisclosure.Column households = period.columns("fostering:1", "households")[0];
        assertThat(households.parts()[1]).as("the board has printed the 11").isEqualTo(Mark.SHOWN);
        assertThat(households.parts()[2]).isEqualTo(Mark.SMALL);
        assertThat(households.parts()[0].withheld() || households.total().withheld()).as("another figure protects the 3").isTrue();
        assertThat(period.columns("board:1", "fostering")[0].parts()).containsExactly(Mark.SHOWN);
        assertThat(period.exposed()).isEmpty();
    }

    @Test
    void aCountThatOneReportWithholdsIsWithheldInEveryReportThatPrintsIt() {
        // the connected-person line is not a board indicator here: both reports print it, so both withhold it as "c"
        AnnualFigures other = new AnnualFigures("2025-26", "2024-25", List.of(new CountTable("connected", "Connected person households",
                null, List.of(Count.of("Approved", 11, 10)), null, null, true)), List.of());
        PeriodDisclosure period = PeriodDisclosure.of(List.of(
                Output.alone("fostering:1", "Fostering", 1, FOSTERING),
                Output.alone("panel:1", "Panel", 1, other).linked(Map.of(), Map.of(new Line("connected", "Approved"),
                        new Target("fostering:1", new Line("households", "Connected person"))), List.of())), RULE);

        Mark inFostering = period.columns("fostering:1", "households")[0].parts()[1];
        Mark inPanel = period.columns("panel:1", "connected")[0].parts()[0];
        assertThat(inFostering).isEqualTo(Mark.CONFIDENTIAL);
        assertThat(inPanel).as("the same figure, the same mark").isEqualTo(Mark.CONFIDENTIAL);
    }

    @Test
    void theAgencysTotalsLessOneCouncilsOwnReportCannotGiveBackTheOtherCouncilsSmallNumbers() {
        Map<String, AnnualFigures> members = new LinkedHashMap<>();
        members.put("Northshire", placed(12, 9));
        members.put("Southshire", placed(3, 8));
        AnnualFigures agency = AgencyYearFigures.of(members);
        List<Output> outputs = new ArrayList<>();
        Map<Line, Target> byCouncil = new LinkedHashMap<>();
        long id = 1;
        for (String council : members.keySet()) {
            outputs.add(Output.alone("adoption:" + id, council, id, members.get(council)));
            byCouncil.put(new Line("placed.byCouncil", council), new Target("adoption:" + id, new Line("placed", null)));
            id++;
        }
        outputs.add(Output.alone("adoption-agency:1", "Agency", 1, agency).linked(Map.of(), byCouncil, List.of("adoption:1", "adoption:2")));

        PeriodDisclosure period = PeriodDisclosure.of(outputs, RULE);

        PeriodDisclosure.Column southshire = period.columns("adoption:2", "placed")[0];
        PeriodDisclosure.Column northshire = period.columns("adoption:1", "placed")[0];
        PeriodDisclosure.Column agencyByQuarter = period.columns("adoption-agency:1", "placed")[0];
        PeriodDisclosure.Column agencyByCouncil = period.columns("adoption-agency:1", "placed.byCouncil")[0];
        assertThat(southshire.total().withheld()).as("3 children placed").isTrue();
        assertThat(agencyByCouncil.parts()[1]).as("Southshire's own figure, the same mark").isEqualTo(southshire.total());
        assertThat(agencyByCouncil.parts()[0]).as("Northshire's figure is one figure in both reports").isEqualTo(northshire.total());
        assertThat(northshire.total().withheld() || agencyByQuarter.total().withheld())
                .as("the agency's 15 less Northshire's own 12 would give Southshire's 3").isTrue();
        for (int q = 0; q < 4; q++) {
            if (southshire.parts()[q].withheld()) {
                assertThat(northshire.parts()[q] == Mark.SHOWN && agencyByQuarter.parts()[q] == Mark.SHOWN)
                        .as("quarter " + (q + 1) + " of Southshire cannot be read off the agency less Northshire").isFalse();
            }
        }
        assertThat(period.exposed()).isEmpty();
    }

    @Test
    void everyWithheldFigureOfThePeriodKeepsAtLeastTheThresholdsWorthOfPossibleValues() {
        PeriodDisclosure period = PeriodDisclosure.of(List.of(
                Output.alone("board:1", "Board", 1, BOARD).linked(BOARD_INDICATORS, Map.of(), List.of()),
                Output.alone("fostering:1", "Fostering", 1, FOSTERING).linked(FOSTERING_INDICATORS, Map.of(), List.of())), RULE);
        assertThat(period.exposed()).isEmpty();
        // and the domain's attack agrees on a hand-checked case: a lone small cell beside printed parts and total is exposed
        LinkedFigures f = new LinkedFigures();
        int a = f.count("a", 43);
        int b = f.fixed("b", 11);
        int c = f.count("c", 3);
        int t = f.count("t", 57);
        f.sum(t, a, b, c);
        assertThat(RecoveryAttack.exposed(f, new Mark[] {Mark.SHOWN, Mark.SHOWN, Mark.SMALL, Mark.SHOWN}, 5)).containsExactly(c);
    }

    /** An adoption report's children placed for adoption, by quarter: {@code year} in the year, {@code last} the year before. */
    private static AnnualFigures placed(long year, long last) {
        List<Count> quarters = new ArrayList<>();
        long[] split = {year / 2, year - year / 2 - year / 4, year / 4, 0};
        long[] before = {last / 2, last - last / 2, 0, 0};
        for (int q = 0; q < 4; q++) {
            quarters.add(Count.of("Q" + (q + 1), split[q], before[q]));
        }
        return new AnnualFigures("2025-26", "2024-25", List.of(new CountTable("placed", "Children placed for adoption, by quarter",
                "of children placed", quarters, Count.of("Total", year, last), null, true)), List.of());
    }
}

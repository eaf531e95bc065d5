package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;

/**
 * The fostering service's annual report: figures by {@link FosteringYearFigures}, layout by {@link FosteringReportSpec},
 * written by the fostering team. The households approved on 31 March must agree between the table and the words.
 */
@ApplicationScoped
class FosteringSource implements AnnualSource {

    @EJB
    CouncilHistoryLoader histories;

    @Override
    public String slug() {
        return "fostering";
    }

    @Override
    public ReportSpec spec() {
        return FosteringReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.FOSTERING;
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        return FosteringYearFigures.of(histories.load(council), year);
    }

    /** Households approved and the children placed with them on 31 March, by type: the board's fostering indicators. */
    @Override
    public Map<PeriodDisclosure.Line, String> indicatorLines(AnnualFigures figures) {
        String mainstream = FosteringYearFigures.words(HouseholdType.MAINSTREAM.name());
        String connected = FosteringYearFigures.words(HouseholdType.CONNECTED_PERSON.name());
        return Map.of(new PeriodDisclosure.Line("households", null), "FC_HOUSEHOLDS",
                new PeriodDisclosure.Line("households", mainstream), "FC_MAINSTREAM_HOUSEHOLDS",
                new PeriodDisclosure.Line("households", connected), "FC_CONNECTED_HOUSEHOLDS",
                new PeriodDisclosure.Line("placed", mainstream), "FC_CIC_MAINSTREAM_INHOUSE",
                new PeriodDisclosure.Line("placed", connected), "FC_CIC_CONNECTED_INHOUSE");
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Long> households = new LinkedHashMap<>();
        figures.table("households").ifPresent(t -> households.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        figures.reference("fc.households").ifPresent(r -> households.put("the words ({fc.households})", r.numerator()));
        return Map.of("Fostering households approved on 31 March", households);
    }
}

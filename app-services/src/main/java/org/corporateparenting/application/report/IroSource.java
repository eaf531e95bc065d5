package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.infrastructure.persistence.ReviewRepository;

/**
 * The IRO annual report: figures by {@link IroYearFigures}, layout by {@link IroReportSpec}, written by IROs. The
 * children in care on 31 March must agree between the tables by age, sex and legal status, the words and the
 * board's dataset for March; the reviews held between the quarterly tables and the participation codes.
 */
@ApplicationScoped
class IroSource implements AnnualSource {

    @EJB
    CouncilHistoryLoader histories;

    @EJB
    ReviewRepository reviews;

    @EJB
    DatasetService dataset;

    @Override
    public String slug() {
        return "iro";
    }

    @Override
    public ReportSpec spec() {
        return IroReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.IRO;
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        return IroYearFigures.of(histories.load(council), year, caseloads(council, year.end()), caseloads(council, year.previous().end()));
    }

    /** The children in care on 31 March, the total of the tables by age, sex and legal status: the board's CIC_COUNT. */
    @Override
    public Map<PeriodDisclosure.Line, String> indicatorLines(AnnualFigures figures) {
        Map<PeriodDisclosure.Line, String> lines = new LinkedHashMap<>();
        for (String key : List.of("age", "sex", "legal")) {
            lines.put(new PeriodDisclosure.Line(key, null), "CIC_COUNT");
        }
        return lines;
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Long> inCare = new LinkedHashMap<>();
        for (String key : List.of("age", "sex", "legal")) {
            figures.table(key).ifPresent(t -> inCare.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        }
        figures.reference("cic.yearEnd").ifPresent(r -> inCare.put("the words ({cic.yearEnd})", r.numerator()));
        String march = year.end().toString().substring(0, 7);
        try {
            dataset.dataset(march, null).rows().stream().filter(r -> r.code().equals("CIC_COUNT") && r.numerator() != null)
                    .forEach(r -> inCare.put("the board's dataset for " + march, r.numerator().longValue()));
        } catch (RecordNotFound notPublished) {
            // The board's month is not published: nothing to compare with.
        }
        Map<String, Long> reviewsHeld = new LinkedHashMap<>();
        for (String key : List.of("reviews", "participation")) {
            figures.table(key).ifPresent(t -> reviewsHeld.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        }
        figures.table("onTime").ifPresent(t -> reviewsHeld.put("the table " + t.title().toLowerCase(), t.total().thisOf()));
        return Map.of("Children in care on 31 March", inCare, "Reviews held", reviewsHeld);
    }

    private Map<String, Long> caseloads(long council, LocalDate date) {
        Map<String, Long> loads = new HashMap<>();
        reviews.caseloads(council, date).forEach(row -> loads.put((String) row[0], ((Number) row[1]).longValue()));
        return loads;
    }
}

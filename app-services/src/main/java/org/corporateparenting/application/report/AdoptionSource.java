package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.domain.adoption.SupportRequest;
import org.corporateparenting.domain.indicator.Benchmark;
import org.corporateparenting.domain.indicator.BenchmarkKind;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;

/**
 * A council's adoption annual report: figures by {@link AdoptionYearFigures} with England's averages from the council's
 * benchmarks (the latest year held), layout by {@link AdoptionReportSpec}, written by the adoption team. The children
 * adopted must agree between the quarterly table, the two timeliness tables, the words and the board's March figure
 * (ADO_ADOPTED_R12, the 12 months to 31 March); the children waiting on 31 March between the quarter-end table, the
 * words and the board's ADO_FAMILY_FINDING.
 */
@ApplicationScoped
class AdoptionSource implements AnnualSource {

    @EJB
    CouncilHistoryLoader histories;

    @EJB
    DatasetService dataset;

    @PersistenceContext
    EntityManager em;

    @Override
    public String slug() {
        return "adoption";
    }

    @Override
    public ReportSpec spec() {
        return AdoptionReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.ADOPTION;
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        return AdoptionYearFigures.of(histories.load(council), year, england(council), support(council));
    }

    /** The council's requests for adoption and special guardianship support. */
    public List<SupportRequest> support(long council) {
        return em.createQuery("select s from SupportRequest s where s.council.id = :c", SupportRequest.class).setParameter("c", council)
                .getResultList();
    }

    /** England's averages for the two timeliness measures: the latest year the council holds. */
    public Map<String, AdoptionYearFigures.England> england(long council) {
        Map<String, AdoptionYearFigures.England> latest = new HashMap<>();
        em.createQuery("select b from Benchmark b where b.council.id = :c and b.kind = :k and b.code in :codes", Benchmark.class)
                .setParameter("c", council).setParameter("k", BenchmarkKind.ENGLAND).setParameter("codes", List.of("ADO_A10_DAYS", "ADO_A2_DAYS"))
                .getResultStream().sorted(Comparator.comparing(Benchmark::getVintage))
                .forEach(b -> latest.put(b.getCode(), new AdoptionYearFigures.England(b.getValue(), b.getVintage())));
        return latest;
    }

    /** The children adopted in the year (ADO_ADOPTED_R12) and those waiting for a match on 31 March (ADO_FAMILY_FINDING). */
    @Override
    public Map<PeriodDisclosure.Line, String> indicatorLines(AnnualFigures figures) {
        Map<PeriodDisclosure.Line, String> lines = new LinkedHashMap<>();
        figures.table("adopted").ifPresent(t -> lines.put(new PeriodDisclosure.Line("adopted", null), "ADO_ADOPTED_R12"));
        figures.table("waiting").ifPresent(t -> lines.put(new PeriodDisclosure.Line("waiting", t.parts().get(3).label()), "ADO_FAMILY_FINDING"));
        return lines;
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Map<String, Long>> agreements = new LinkedHashMap<>();
        Map<String, Long> adopted = new LinkedHashMap<>();
        for (String key : List.of("adopted", "a10", "a2")) {
            figures.table(key).ifPresent(t -> adopted.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        }
        figures.reference("ad.adopted").ifPresent(r -> adopted.put("the words ({ad.adopted})", r.numerator()));
        agreements.put("Children adopted during the year", adopted);
        Map<String, Long> waiting = new LinkedHashMap<>();
        figures.table("waiting").ifPresent(t -> waiting.put("the table " + t.title().toLowerCase(), t.parts().get(3).thisYear()));
        figures.table("harder").ifPresent(t -> waiting.put("the table " + t.title().toLowerCase(), t.parts().get(0).thisOf()));
        figures.reference("ad.waiting").ifPresent(r -> waiting.put("the words ({ad.waiting})", r.numerator()));
        agreements.put("Children waiting for a match on 31 March", waiting);
        Map<String, Long> support = new LinkedHashMap<>();
        for (String key : List.of("support", "supportFamilies")) {
            figures.table(key).ifPresent(t -> support.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        }
        agreements.put("Requests for support received", support);
        long adoptedInTable = figures.table("adopted").orElseThrow().total().thisYear();
        long waitingInTable = figures.table("waiting").orElseThrow().parts().get(3).thisYear();
        agreements.putAll(PublishedAgreement.with(dataset, ReportingMonth.of(year.startYear() + 1, 3), Map.of(
                "ADO_ADOPTED_R12", Map.entry("the table of adoption orders", adoptedInTable),
                "ADO_FAMILY_FINDING", Map.entry("the table of children waiting", waitingInTable))));
        return agreements;
    }
}

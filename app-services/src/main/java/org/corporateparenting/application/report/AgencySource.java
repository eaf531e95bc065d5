package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.domain.adoption.AdoptionAgency;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;

/**
 * The annual report of the regional adoption agency the caller's council hosts ({@link AdoptionAgency}): each member
 * council's adoption figures counted by the same rules as its own adoption report ({@link AdoptionYearFigures}) and
 * added up by {@link AgencyYearFigures}; England's averages are the host's benchmarks. Written by the host's adoption
 * team, who are the agency's staff and work on every member's adoption cases; because it counts other councils' children,
 * only they, performance analysts and administrators read its figures, and what leaves the system withholds small numbers.
 * Each total must agree between the table by council, the table by quarter and the words.
 */
@ApplicationScoped
class AgencySource implements AnnualSource {

    @EJB
    CouncilHistoryLoader histories;

    @Inject
    AdoptionSource adoption;

    @PersistenceContext
    EntityManager em;

    @Override
    public String slug() {
        return "adoption-agency";
    }

    @Override
    public ReportSpec spec() {
        return AgencyReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.ADOPTION;
    }

    @Override
    public boolean acrossCouncils() {
        return true;
    }

    @Override
    public boolean availableTo(long council) {
        return hosted(council).isPresent();
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        AdoptionAgency agency = hosted(council)
                .orElseThrow(() -> new RecordNotFound("The council hosts no regional adoption agency."));
        Map<String, AnnualFigures> members = new LinkedHashMap<>();
        var england = adoption.england(council);
        for (Council member : agency.members()) {
            members.put(member.getName(), AdoptionYearFigures.of(histories.load(member.getId()), year, england,
                    adoption.support(member.getId())));
        }
        return AgencyYearFigures.of(members);
    }

    private Optional<AdoptionAgency> hosted(long council) {
        return em.createQuery("select a from AdoptionAgency a where a.host.id = :c", AdoptionAgency.class).setParameter("c", council)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Map<String, Long>> agreements = new LinkedHashMap<>();
        AgencyYearFigures.BY_COUNCIL.forEach((key, line) -> figures.table(key + ".byCouncil").ifPresent(byCouncil -> {
            CountTable agencyWide = figures.table(key).orElseThrow();
            Map<String, Long> places = new LinkedHashMap<>();
            places.put("the table " + byCouncil.title().toLowerCase(), byCouncil.total().thisYear());
            places.put("the table " + agencyWide.title().toLowerCase(), line == null ? agencyWide.total().thisYear()
                    : agencyWide.parts().stream().filter(p -> p.label().equals(line)).findFirst().orElseThrow().thisYear());
            agreements.put(byCouncil.title(), places);
        }));
        figures.reference("ad.adopted").ifPresent(r -> agreements.get(figures.table("adopted.byCouncil").orElseThrow().title())
                .put("the words ({ad.adopted})", r.numerator()));
        return agreements;
    }
}

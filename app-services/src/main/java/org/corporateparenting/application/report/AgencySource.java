package org.corporateparenting.application.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        return AgencyYearFigures.of(byName(members(agency, year)));
    }

    /**
     * For the agency the council hosts or belongs to, the outputs that print its councils' adoption figures: the
     * agency's report, each line the sum of its members' and its tables by council printing each member's own figure,
     * and each member's own adoption report; empty when the council belongs to no agency.
     */
    List<PeriodDisclosure.Output> period(long council, ReportingYear year) {
        Optional<AdoptionAgency> found = em.createQuery("select distinct a from AdoptionAgency a join a.members m where m.id = :c or a.host.id = :c",
                AdoptionAgency.class).setParameter("c", council).getResultStream().findFirst();
        if (found.isEmpty()) {
            return List.of();
        }
        AdoptionAgency agency = found.get();
        Map<Council, AnnualFigures> members = members(agency, year);
        List<PeriodDisclosure.Output> outputs = new ArrayList<>();
        Map<PeriodDisclosure.Line, PeriodDisclosure.Target> byCouncil = new LinkedHashMap<>();
        members.forEach((member, figures) -> {
            String id = adoption.slug() + ":" + member.getId();
            outputs.add(PeriodDisclosure.Output.alone(id, member.getName() + "'s " + adoption.spec().title().toLowerCase(), member.getId(), figures)
                    .linked(adoption.indicatorLines(figures), Map.of(), List.of()));
            AgencyYearFigures.BY_COUNCIL.forEach((key, line) -> byCouncil.put(new PeriodDisclosure.Line(key + ".byCouncil", member.getName()),
                    new PeriodDisclosure.Target(id, new PeriodDisclosure.Line(key, line))));
        });
        long host = agency.getHost().getId();
        outputs.add(PeriodDisclosure.Output.alone(slug() + ":" + host, spec().title(), host, AgencyYearFigures.of(byName(members)))
                .linked(Map.of(), byCouncil, outputs.stream().map(PeriodDisclosure.Output::id).toList()));
        return outputs;
    }

    /** The host council of the agency the council hosts (itself), or the council itself when it hosts none. */
    long host(long council) {
        return hosted(council).map(a -> a.getHost().getId()).orElse(council);
    }

    private Map<Council, AnnualFigures> members(AdoptionAgency agency, ReportingYear year) {
        Map<Council, AnnualFigures> members = new LinkedHashMap<>();
        var england = adoption.england(agency.getHost().getId());
        for (Council member : agency.members()) {
            members.put(member, AdoptionYearFigures.of(histories.load(member.getId()), year, england, adoption.support(member.getId())));
        }
        return members;
    }

    private static Map<String, AnnualFigures> byName(Map<Council, AnnualFigures> members) {
        Map<String, AnnualFigures> byName = new LinkedHashMap<>();
        members.forEach((council, figures) -> byName.put(council.getName(), figures));
        return byName;
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

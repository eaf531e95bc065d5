package org.corporateparenting.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;

/**
 * The fostering panel chair's annual report: figures by {@link PanelYearFigures} from the council's panel meetings and
 * cases, layout by {@link PanelReportSpec}, written by the fostering team. The cases heard must be the same number in
 * the tables of case types, recommendations and decisions.
 */
@ApplicationScoped
class PanelSource implements AnnualSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String slug() {
        return "fostering-panel";
    }

    @Override
    public ReportSpec spec() {
        return PanelReportSpec.SPEC;
    }

    @Override
    public String writerRole() {
        return Role.FOSTERING;
    }

    @Override
    public AnnualFigures figures(long council, ReportingYear year) {
        List<PanelMeeting> meetings = em.createQuery("select m from PanelMeeting m where m.council.id = :c", PanelMeeting.class)
                .setParameter("c", council).getResultList();
        List<PanelCase> cases = em.createQuery("select c from PanelCase c join fetch c.meeting where c.meeting.council.id = :c", PanelCase.class)
                .setParameter("c", council).getResultList();
        return PanelYearFigures.of(meetings, cases, year);
    }

    @Override
    public Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Long> heard = new LinkedHashMap<>();
        for (CountTable t : figures.tables()) {
            if (List.of("cases", "recommendations", "decisions").contains(t.key())) {
                heard.put("the table " + t.title().toLowerCase(), t.total().thisYear());
            }
        }
        return Map.of("Cases heard", heard);
    }
}

package org.corporateparenting.application.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.HouseholdHistory;
import org.corporateparenting.domain.indicator.Indicator;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.PublishedMonth;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Tally;
import org.corporateparenting.domain.shared.Role;

/**
 * Who an indicator counted in a month, for practitioners and analysts (never councillors): computed from the
 * records as they stand now, beside the published figure, so a difference (a late record, a correction)
 * shows at once. Members are given by reference, not by name; the read is logged by indicator, not by child.
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class DrillDownService {

    private static final Logger LOG = Logger.getLogger(DrillDownService.class.getName());

    @EJB
    private UserService users;

    @EJB
    private CouncilHistoryLoader loader;

    @EJB
    private DatasetPublisher publisher;

    @Inject
    private IndicatorCatalogue catalogue;

    /** A counted subject: a child (by child reference) or a household (by household reference). */
    public record Member(String kind, long id, String reference, boolean counted) {
    }

    public record DrillDown(String code, String month, double numerator, long denominator, Double publishedNumerator,
            Long publishedDenominator, List<Member> members) {
    }

    public DrillDown drill(String month, String code) {
        catalogue.definition(code);
        ReportingMonth chosen = DatasetService.parse(month);
        long council = users.callerCouncilId();
        Indicator<?> indicator = catalogue.catalogue().find(code).orElseThrow();
        CouncilHistory history = loader.load(council);
        Tally tally = catalogue.catalogue().engine().drill(history, chosen, indicator);
        Map<Long, Member> members = new HashMap<>();
        for (ChildHistory c : history.children()) {
            remember(members, tally, c.id(), "child", c.child().getChildRef());
        }
        for (HouseholdHistory h : history.households()) {
            remember(members, tally, h.id(), "household", h.household().getHouseholdRef());
        }
        history.adopters().forEach(a -> remember(members, tally, a.getId(), "adopters", a.getHouseholdRef()));
        history.enquiries().forEach(e -> remember(members, tally, e.getId(), "enquiry", e.getEnquiryRef()));
        PublishedMonth published = publisher.latest(council, chosen);
        Measure frozen = published == null ? null : published.dataset().measure(code).orElse(null);
        LOG.info(() -> "Drill-down of " + code + " for " + chosen + " in council " + council + ": " + members.size() + " members");
        List<Member> list = new ArrayList<>(members.values());
        list.sort(Comparator.comparing(Member::reference));
        return new DrillDown(code, chosen.toString(), tally.numerator(), tally.denominator(),
                frozen == null ? null : frozen.numerator(), frozen == null ? null : frozen.denominator(), list);
    }

    private static void remember(Map<Long, Member> members, Tally tally, Long id, String kind, String reference) {
        if (id != null && (tally.counted().contains(id) || tally.considered().contains(id))) {
            members.put(id, new Member(kind, id, reference, tally.counted().contains(id)));
        }
    }
}

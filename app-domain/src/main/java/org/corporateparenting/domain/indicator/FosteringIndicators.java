package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.FINANCIAL_YEAR_TO_DATE;
import static org.corporateparenting.domain.indicator.PeriodBasis.IN_MONTH;
import static org.corporateparenting.domain.indicator.PeriodBasis.MONTH_END;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Polarity.INFORMATION;
import static org.corporateparenting.domain.indicator.Polarity.LOW;
import static org.corporateparenting.domain.indicator.Unit.AVERAGE;
import static org.corporateparenting.domain.indicator.Unit.COUNT;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.recruitment.EnquiryStage;

/**
 * Sufficiency: the council's own foster households (Fostering Services (England) Regulations 2011; Ofsted's
 * fostering data collection), their recruitment, endings, use and supervision.
 */
final class FosteringIndicators {

    private static final String OFSTED = "Ofsted fostering in England data collection";

    private FosteringIndicators() {
    }

    static List<Indicator<?>> all(Standards standards) {
        List<Indicator<?>> all = new ArrayList<>(List.of(
                approved("FC_HOUSEHOLDS", "Approved foster households", h -> true),
                approved("FC_MAINSTREAM_HOUSEHOLDS", "Mainstream foster households", h -> h.getType() == HouseholdType.MAINSTREAM),
                approved("FC_CONNECTED_HOUSEHOLDS", "Connected person foster households", h -> h.getType() == HouseholdType.CONNECTED_PERSON),
                placed("FC_CIC_MAINSTREAM_INHOUSE", "Children in care in mainstream in-house foster placements", HIGH, HouseholdType.MAINSTREAM),
                placed("FC_CIC_CONNECTED_INHOUSE", "Children in care in connected person in-house foster placements", INFORMATION,
                        HouseholdType.CONNECTED_PERSON),
                Indicator.ofEnquiries(def("FC_APPLICANTS_IN_ASSESSMENT", "Applicants undergoing assessment as foster carers", COUNT, HIGH, MONTH_END)
                        .numerator("Fostering enquiries in assessment at month end: assessment started, not yet approved or closed")
                        .national(OFSTED),
                        (e, m, t) -> {
                            LocalDate started = e.stages().get(EnquiryStage.ASSESSMENT);
                            LocalDate approved = e.stages().get(EnquiryStage.APPROVED);
                            t.countIf(e.getId(), started != null && !started.isAfter(m.end())
                                    && (approved == null || approved.isAfter(m.end()))
                                    && (e.getClosedOn() == null || e.getClosedOn().isAfter(m.end())));
                        }),
                recruited("FC_NEW_MAINSTREAM", "New mainstream households approved", HouseholdType.MAINSTREAM),
                recruited("FC_NEW_CONNECTED", "New connected person households fully approved", HouseholdType.CONNECTED_PERSON),
                recruited("FC_NEW_FTA", "New foster-to-adopt households approved", HouseholdType.FOSTER_FOR_ADOPTION),
                Indicator.ofHouseholds(def("FC_NEW_TEMPORARY", "New temporarily approved connected persons (regulation 24)", COUNT, HIGH, IN_MONTH)
                        .numerator("Households first approved temporarily under regulation 24 in the month")
                        .national("Care Planning, Placement and Case Review (England) Regulations 2010, reg. 24"),
                        (h, m, t) -> t.countIf(h.id(), h.firstApprovedTemporarily() && m.contains(h.household().getApprovedOn()))),
                Indicator.ofHouseholds(def("FC_RECRUITED_TOTAL", "Foster households recruited this financial year", COUNT, HIGH,
                        FINANCIAL_YEAR_TO_DATE)
                        .numerator("Households first approved (fully or temporarily) from 1 April to month end").national(OFSTED),
                        (h, m, t) -> t.countIf(h.id(), Window.within(h.household().getApprovedOn(), m.financialYearStart(), m.end()))),
                ended("FC_DEREGISTERED", "Households de-registered (excluding connected carers)",
                        h -> h.getType() != HouseholdType.CONNECTED_PERSON && !resigned(h),
                        "de-registered by the council (any reason other than resignation), connected carers excluded"),
                ended("FC_RESIGNED", "Households resigned", FosteringIndicators::resigned, "resigned (retirement or personal reasons)"),
                ended("FC_DEREG_RESIGNED_MAINSTREAM", "Mainstream households de-registered or resigned",
                        h -> h.getType() == HouseholdType.MAINSTREAM, "mainstream, any reason"),
                ended("FC_DEREG_RESIGNED_CONNECTED", "Connected person households de-registered or resigned",
                        h -> h.getType() == HouseholdType.CONNECTED_PERSON, "connected person, any reason"),
                ended("FC_DEREG_RESIGNED_FTA", "Foster-to-adopt households de-registered or resigned",
                        h -> h.getType() == HouseholdType.FOSTER_FOR_ADOPTION, "foster to adopt, any reason"),
                Indicator.ofHouseholds(def("FC_UTILISATION_MAINSTREAM", "Fostering utilisation rate (mainstream)", AVERAGE, HIGH, MONTH_END)
                        .population("Mainstream households approved at month end")
                        .numerator("Children placed with them at month end").denominator("Mainstream households approved at month end")
                        .local("The pack does not define it and children ÷ carers does not reproduce its figures; we use "
                                + "children placed per approved mainstream household"),
                        (h, m, t) -> {
                            if (h.household().getType() == HouseholdType.MAINSTREAM && h.approvedAt(m.end())) {
                                t.add(h.id(), h.childrenPlacedAt(m.end()));
                            }
                        })));
        all.add(Indicator.ofHouseholds(def("FC_VISITS_UPTODATE", "% of foster carer supervising visits up to date", PERCENT, HIGH, MONTH_END)
                .population("Households approved at month end for longer than the visit standard")
                .numerator("Of them, a supervising social worker's visit within the last " + standards.visitDays() + " days")
                .national("Fostering Services NMS 21 (supervision, with at least one unannounced visit a year); no frequency set")
                .local("The council's visit standard, care.fostering.visit-days"),
                (h, m, t) -> {
                    LocalDate approved = h.household().getApprovedOn();
                    if (h.approvedAt(m.end()) && approved != null && approved.isBefore(m.end().minusDays(standards.visitDays()))) {
                        LocalDate last = h.lastVisitBy(m.end());
                        t.include(h.id(), last != null && last.isAfter(m.end().minusDays(standards.visitDays())));
                    }
                }));
        return all;
    }

    private static boolean resigned(FosterHousehold h) {
        return h.getDeregistrationReason() == DeregistrationReason.RESIGNED_RETIREMENT
                || h.getDeregistrationReason() == DeregistrationReason.RESIGNED_PERSONAL;
    }

    private static Indicator<HouseholdHistory> approved(String code, String title, Predicate<FosterHousehold> which) {
        return Indicator.ofHouseholds(def(code, title, COUNT, HIGH, MONTH_END)
                .numerator("Households approved to foster at month end (first approval on or before, not de-registered)")
                .national("Ofsted fostering in England data collection (approved households)"),
                (h, m, t) -> t.countIf(h.id(), which.test(h.household()) && h.approvedAt(m.end())));
    }

    private static Indicator<HouseholdHistory> recruited(String code, String title, HouseholdType type) {
        return Indicator.ofHouseholds(def(code, title, COUNT, HIGH, IN_MONTH)
                .numerator("Households of the type whose first full approval (regulation 27) began in the month")
                .local("A connected person first approved temporarily counts in FC_NEW_TEMPORARY, and again here when "
                        + "fully approved, as the packs record them separately"),
                (h, m, t) -> t.countIf(h.id(), h.household().getType() == type && m.contains(h.fullApprovalOn())));
    }

    private static Indicator<HouseholdHistory> ended(String code, String title, Predicate<FosterHousehold> which, String text) {
        return Indicator.ofHouseholds(def(code, title, COUNT, LOW, IN_MONTH)
                        .numerator("Households whose approval ended in the month: " + text).national(OFSTED),
                (h, m, t) -> t.countIf(h.id(), which.test(h.household()) && m.contains(h.household().getDeregisteredOn())));
    }

    private static Indicator<ChildHistory> placed(String code, String title, Polarity polarity, HouseholdType type) {
        return Indicator.ofChildren(def(code, title, COUNT, polarity, MONTH_END)
                .numerator("Children in care at month end placed with one of the council's own households of the type")
                        .national("SSDA903 placement (U1 to U6, own provision PR1) joined to the household's approval type"),
                (c, m, t) -> {
                    FosterHousehold h = c.ownHouseholdAt(m.end());
                    t.countIf(c.id(), h != null && h.getType() == type);
                });
    }

    private static Definition.Builder def(String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return Definition.of(Area.FOSTERING, code, title, unit, polarity, basis);
    }
}

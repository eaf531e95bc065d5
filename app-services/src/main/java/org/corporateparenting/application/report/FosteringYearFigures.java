package org.corporateparenting.application.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.HouseholdHistory;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Words;

/**
 * The fostering service's year in figures for its annual report (Fostering Services (England) Regulations 2011 and
 * National Minimum Standard 25: the service reports on its work), this year beside last, from the case records:
 * <ul>
 * <li>households approved on 31 March by type, and the children in care living with the council's own households that
 * day by {@link ChildHistory#ownHouseholdAt}, the board's rule (so a household whose approval has ended still counts its
 * children, as the board's dataset does);</li>
 * <li>households approved for the first time during the year, by type; households deregistered, by reason;</li>
 * <li>enquiries received during the year by the furthest stage they have reached (the recruitment pipeline), so the
 * conversion from enquiry to approval can be read;</li>
 * <li>places in approved households on 31 March (the terms then in force), filled or vacant: places are about
 * households, not children, so they are not withheld;</li>
 * <li>allegations against foster carers referred during the year, by category; complaints received by stage and closed
 * by outcome (the Children Act 1989 Representations Procedure's stages).</li>
 * </ul>
 */
final class FosteringYearFigures {

    private static final String FILLED = "Filled";
    private static final String VACANT = "Vacant";

    /** How the children placed differ from the households approved: the same count as the board's dataset. */
    static final String PLACED_NOTE = "Counted as the board's dataset counts them (FC_CIC_MAINSTREAM_INHOUSE, FC_CIC_CONNECTED_INHOUSE): "
            + "every child in care on 31 March living with one of the council's own households, including a household whose "
            + "approval had ended by then, which is not among the households approved above.";

    private FosteringYearFigures() {
    }

    static AnnualFigures of(CouncilHistory history, ReportingYear year) {
        Year now = count(history, year);
        Year before = count(history, year.previous());
        List<CountTable> tables = new ArrayList<>();
        tables.add(table("households", "Fostering households approved on 31 March, by type", "of households", now.approved, before.approved));
        tables.add(CountTable.of("placed", "Children in care with the council's own foster carers on 31 March, by type of household",
                "of children placed", now.placed, before.placed, true, PLACED_NOTE));
        tables.add(CountTable.of("places", "Places in approved households on 31 March", "of approved places", now.places, before.places, true,
                "A place is filled by a child placed there; children beyond a household's approved places (under an exemption) fill no "
                        + "further place.").aboutChildren(false));
        tables.add(table("recruited", "Households approved for the first time during the year, by type", "of households approved",
                now.recruited, before.recruited));
        tables.add(table("deregistered", "Households deregistered during the year, by reason", "of households deregistered",
                now.deregistered, before.deregistered));
        tables.add(table("pipeline", "Enquiries received during the year, by the furthest stage reached", "of enquiries",
                now.pipeline, before.pipeline));
        tables.add(table("allegations", "Allegations against foster carers referred during the year, by category", "of allegations",
                now.allegations, before.allegations));
        tables.add(table("complaints", "Complaints about the fostering service received during the year, by stage", "of complaints",
                now.complaints, before.complaints));
        tables.add(table("complaintOutcomes", "Complaints closed during the year, by outcome", "of complaints closed",
                now.complaintOutcomes, before.complaintOutcomes));
        List<Reference> references = new ArrayList<>();
        now.references("", references);
        before.references("lastYear.", references);
        return new AnnualFigures(year.label(), year.previous().label(), tables, references);
    }

    private static Year count(CouncilHistory history, ReportingYear year) {
        Year y = new Year();
        LocalDate end = year.end();
        y.places.put(FILLED, 0L);
        y.places.put(VACANT, 0L);
        Complaint.STAGES.forEach(stage -> y.complaints.put(complaintStage(stage), 0L));
        for (HouseholdType t : HouseholdType.values()) {
            y.approved.put(words(t.name()), 0L);
            y.placed.put(words(t.name()), 0L);
            y.recruited.put(words(t.name()), 0L);
        }
        for (HouseholdHistory h : history.households()) {
            FosterHousehold household = h.household();
            String type = words(household.getType().name());
            if (h.approvedAt(end)) {
                long filled = Math.min(h.childrenPlacedAt(end), h.placesAt(end));
                y.approved.merge(type, 1L, Long::sum);
                y.places.merge(FILLED, filled, Long::sum);
                y.places.merge(VACANT, h.placesAt(end) - filled, Long::sum);
            }
            for (Complaint c : h.complaints()) {
                if (year.contains(c.getReceivedDate())) {
                    y.complaints.merge(complaintStage(c.getStage()), 1L, Long::sum);
                }
                if (year.contains(c.getClosedDate())) {
                    y.complaintOutcomes.merge(c.getOutcome() == null ? "Not recorded" : words(c.getOutcome()), 1L, Long::sum);
                }
            }
            if (year.contains(household.getApprovedOn())) {
                y.recruited.merge(type, 1L, Long::sum);
            }
            DeregistrationReason reason = household.getDeregistrationReason();
            if (year.contains(household.getDeregisteredOn())) {
                y.deregistered.merge(reason == null ? "Not recorded" : words(reason.name()), 1L, Long::sum);
            }
            for (Allegation a : h.allegations()) {
                if (year.contains(a.getReferralDate())) {
                    y.allegations.merge(a.getCategory() == null ? "Not recorded" : words(a.getCategory()), 1L, Long::sum);
                }
            }
        }
        for (ChildHistory c : history.children()) {
            FosterHousehold own = c.ownHouseholdAt(end);
            if (own != null) {
                y.placed.merge(words(own.getType().name()), 1L, Long::sum);
            }
        }
        for (EnquiryStage s : EnquiryStage.values()) {
            y.pipeline.put(stageWords(s), 0L);
        }
        for (FosteringEnquiry e : history.enquiries()) {
            if (year.contains(e.getReceivedOn())) {
                y.pipeline.merge(stageWords(furthest(e, end)), 1L, Long::sum);
            }
        }
        return y;
    }

    /** The furthest stage an enquiry had reached by the year's end. */
    private static EnquiryStage furthest(FosteringEnquiry e, LocalDate by) {
        EnquiryStage reached = EnquiryStage.ENQUIRY;
        for (Map.Entry<EnquiryStage, LocalDate> s : e.stages().entrySet()) {
            if (!s.getValue().isAfter(by) && s.getKey().compareTo(reached) > 0) {
                reached = s.getKey();
            }
        }
        return reached;
    }

    private static String stageWords(EnquiryStage s) {
        return switch (s) {
            case ENQUIRY -> "Enquiry only";
            case INITIAL_VISIT -> "Initial visit";
            case ASSESSMENT -> "Assessment";
            case PANEL -> "Fostering panel";
            case APPROVED -> "Approved";
        };
    }

    /** A complaint's stage as the Representations Procedure names it: STAGE1 reads "Stage 1". */
    private static String complaintStage(String stage) {
        return words(stage).replaceAll("(\\D)(\\d)", "$1 $2");
    }

    /** An enum name or code as words: CONNECTED_PERSON reads "Connected person". */
    static String words(String name) {
        return Words.of(name);
    }

    private static CountTable table(String key, String title, String shareOf, Map<String, Long> now, Map<String, Long> before) {
        return CountTable.of(key, title, shareOf, now, before, true, null);
    }

    /** One year's counts. */
    private static final class Year {
        final Map<String, Long> approved = new LinkedHashMap<>();
        final Map<String, Long> placed = new LinkedHashMap<>();
        final Map<String, Long> recruited = new LinkedHashMap<>();
        final Map<String, Long> deregistered = new TreeMap<>();
        final Map<String, Long> pipeline = new LinkedHashMap<>();
        final Map<String, Long> allegations = new TreeMap<>();
        final Map<String, Long> places = new LinkedHashMap<>();
        final Map<String, Long> complaints = new LinkedHashMap<>();
        final Map<String, Long> complaintOutcomes = new TreeMap<>();

        void references(String prefix, List<Reference> out) {
            long enquiries = CountTable.sum(pipeline);
            out.add(Reference.count(prefix + "fc.households", "Fostering households approved on 31 March", CountTable.sum(approved)));
            out.add(Reference.count(prefix + "fc.childrenPlaced", "Children in care with the council's own foster carers on 31 March", CountTable.sum(placed)));
            out.add(Reference.count(prefix + "fc.recruited", "Households approved for the first time during the year", CountTable.sum(recruited)));
            out.add(Reference.count(prefix + "fc.deregistered", "Households deregistered during the year", CountTable.sum(deregistered)));
            out.add(Reference.count(prefix + "fc.netChange", "Households approved less households deregistered during the year",
                    Math.max(0, CountTable.sum(recruited) - CountTable.sum(deregistered))));
            out.add(Reference.count(prefix + "fc.enquiries", "Enquiries received during the year", enquiries));
            out.add(Reference.percent(prefix + "fc.conversionPct", "Share of the year's enquiries approved by 31 March",
                    pipeline.getOrDefault("Approved", 0L), enquiries));
            out.add(Reference.count(prefix + "fc.allegations", "Allegations against foster carers referred during the year", CountTable.sum(allegations)));
            out.add(Reference.count(prefix + "fc.places", "Places in approved households on 31 March", CountTable.sum(places)).aboutStaff());
            out.add(Reference.count(prefix + "fc.vacancies", "Vacant places on 31 March", places.get(VACANT)).aboutStaff());
            out.add(Reference.percent(prefix + "fc.placesFilledPct", "Share of approved places filled on 31 March", places.get(FILLED),
                    CountTable.sum(places)).aboutStaff());
            out.add(Reference.count(prefix + "fc.complaints", "Complaints received during the year", CountTable.sum(complaints)));
        }

    }
}

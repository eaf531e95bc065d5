package org.corporateparenting.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.CarerTraining;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;

/**
 * The demo council's fostering recruitment and oversight: for each household approved in the window an
 * enquiry that went all the way, with about four that did not; a panel each month hearing the new
 * approvals and one booked for next month; a few enquiries in progress at each stage; carers and their training;
 * and a few allegations and complaints about households.
 */
final class DemoRecruitment {

    private final Draw draw;
    final List<Object> records = new ArrayList<>();

    DemoRecruitment(Draw draw) {
        this.draw = draw;
    }

    void recruit(Council council, DemoHouseholds households, LocalDate from, LocalDate asAt, long seed) {
        List<PanelMeeting> panels = new ArrayList<>();
        for (LocalDate meeting = from.withDayOfMonth(14); !meeting.isAfter(asAt); meeting = meeting.plusMonths(1)) {
            PanelMeeting panel = new PanelMeeting(council, meeting);
            panel.recordMinutes(meeting.plusDays(draw.between(3, 15)));
            panels.add(panel);
        }
        records.addAll(panels);
        int number = 0;
        for (FosterHousehold household : households.households) {
            LocalDate approved = household.getApprovedOn();
            if (approved.isBefore(from.plusMonths(1))) {
                continue;
            }
            PanelMeeting panel = panels.stream().filter(p -> !p.getMeetingDate().isAfter(approved)).reduce((a, b) -> b)
                    .orElse(null);
            if (panel == null) {
                continue;
            }
            FosteringEnquiry enquiry = enquiry(council, ++number, approved.minusMonths(8));
            enquiry.reach(EnquiryStage.INITIAL_VISIT, approved.minusMonths(7));
            enquiry.reach(EnquiryStage.ASSESSMENT, approved.minusMonths(6));
            enquiry.reach(EnquiryStage.PANEL, panel.getMeetingDate());
            enquiry.reach(EnquiryStage.APPROVED, approved);
            PanelCase heard = new PanelCase(panel, "NEW_APPROVAL", null, enquiry, "POSITIVE");
            heard.decide("AGREED", approved);
            records.add(heard);
            for (int other = 0; other < 4; other++) {
                lostEnquiry(council, ++number, draw.dateBetween(from, asAt.minusDays(1)), asAt);
            }
        }
        // Every year some enquiries go nowhere, whether or not anyone was approved that year.
        for (LocalDate year = from; year.isBefore(asAt); year = year.plusYears(1)) {
            LocalDate end = year.plusYears(1).isBefore(asAt) ? year.plusYears(1) : asAt;
            for (int other = 0; other < 6; other++) {
                lostEnquiry(council, ++number, draw.dateBetween(year, end.minusDays(1)), asAt);
            }
        }
        households.households.forEach(h -> oversight(h, asAt));
        PanelMeeting next = new PanelMeeting(council, asAt.plusMonths(1).withDayOfMonth(14));
        records.add(next);
        inProgress(council, number, asAt, new Draw(seed ^ 0x9e0_71e5L));
        Draw own = new Draw(seed ^ 0xca7e_25L);
        households.households.forEach(h -> carers(h, asAt, own));
    }

    /**
     * One or two carers for a household (named after it), with Skills to Foster before approval and, for nine in ten,
     * the TSD standards within their deadline; from their own seed so the rest of the demo is unchanged.
     */
    private void carers(FosterHousehold household, LocalDate asAt, Draw own) {
        String surname = household.getName().replace(" household", "");
        int count = own.chance(0.6) ? 2 : 1;
        for (int i = 0; i < count; i++) {
            String name = own.oneOf(i == 0 ? DemoNames.GIRLS : DemoNames.BOYS) + " " + surname;
            records.add(new HouseholdCarer(household, name, i == 0 ? HouseholdCarer.CarerRole.FIRST : HouseholdCarer.CarerRole.SECOND));
            records.add(new CarerTraining(household, name, "SKILLS_TO_FOSTER", household.getApprovedOn().minusDays(own.between(30, 120))));
            LocalDate tsd = household.getApprovedOn().plusDays(own.between(90, 330));
            if (own.chance(0.9) && !tsd.isAfter(asAt)) {
                records.add(new CarerTraining(household, name, CarerTraining.TSD, tsd));
            }
        }
    }

    /**
     * Enquiries still moving through the pipeline on the day (two or three at each stage before approval), drawn from
     * their own seed so the rest of the demo is unchanged.
     */
    private void inProgress(Council council, int after, LocalDate asAt, Draw own) {
        int number = after;
        EnquiryStage[] stages = EnquiryStage.values();
        for (int stage = 0; stage < stages.length - 1; stage++) {
            for (int n = own.between(2, 3); n > 0; n--) {
                LocalDate on = asAt.minusDays(own.between(5, 40));
                FosteringEnquiry enquiry = new FosteringEnquiry(council, String.format("ENQ%05d", ++number),
                        own.oneOf(List.of("website", "social media", "event", "word of mouth")), on.minusDays(30L * stage));
                for (int reached = 1; reached <= stage; reached++) {
                    enquiry.reach(stages[reached], on.minusDays(30L * (stage - reached)));
                }
                records.add(enquiry);
            }
        }
    }

    /** An enquiry that went no further than an initial visit, closed with its reason once a month or so has passed. */
    private void lostEnquiry(Council council, int number, LocalDate received, LocalDate asAt) {
        FosteringEnquiry lost = enquiry(council, number, received);
        if (draw.chance(0.4)) {
            LocalDate visit = lost.getReceivedOn().plusDays(draw.between(7, 30));
            if (!visit.isAfter(asAt)) {
                lost.reach(EnquiryStage.INITIAL_VISIT, visit);
            }
        }
        LocalDate closed = lost.getReceivedOn().plusDays(draw.between(31, 90));
        if (!closed.isAfter(asAt)) {
            lost.close(closed, draw.oneOf(List.of("Not ready to foster", "Chose another agency", "No reply")));
        }
    }

    private FosteringEnquiry enquiry(Council council, int number, LocalDate received) {
        FosteringEnquiry enquiry = new FosteringEnquiry(council, String.format("ENQ%05d", number),
                draw.oneOf(List.of("website", "social media", "event", "word of mouth")), received);
        records.add(enquiry);
        return enquiry;
    }

    /** About one allegation in fifty household-years and one complaint in thirty. */
    private void oversight(FosterHousehold household, LocalDate asAt) {
        LocalDate end = household.getDeregisteredOn() == null ? asAt : household.getDeregisteredOn();
        for (LocalDate year = household.getApprovedOn(); year.plusYears(1).isBefore(end); year = year.plusYears(1)) {
            if (draw.chance(0.02)) {
                Allegation allegation = new Allegation(household, null, year.plusDays(draw.between(1, 300)),
                        draw.oneOf(Allegation.CATEGORIES));
                LocalDate concluded = allegation.getReferralDate().plusDays(draw.between(20, 60));
                if (!concluded.isAfter(asAt)) {
                    allegation.conclude(draw.oneOf(Allegation.OUTCOMES), concluded);
                }
                records.add(allegation);
            }
            if (draw.chance(0.033)) {
                Complaint complaint = new Complaint(household, year.plusDays(draw.between(1, 300)),
                        draw.oneOf(List.of("CHILD", "PARENT", "CHILDS_SOCIAL_WORKER")), "STAGE1");
                LocalDate closed = complaint.getReceivedDate().plusDays(draw.between(10, 40));
                if (!closed.isAfter(asAt)) {
                    complaint.close(draw.oneOf(Complaint.OUTCOMES), closed);
                }
                records.add(complaint);
            }
        }
    }
}

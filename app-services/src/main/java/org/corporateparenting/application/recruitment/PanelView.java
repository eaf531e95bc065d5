package org.corporateparenting.application.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.audit.LastChange;

/** A panel meeting (held, cancelled or to come), its cases (its agenda once held), and who last changed it. */
public record PanelView(long id, int version, LocalDate meetingDate, String status, LocalDate minutesOn, List<Case> cases,
        LastChange lastChange) {

    /**
     * A case with what it is about (the household's or enquiry's reference), its recommendation and the decision on
     * it.
     */
    public record Case(long id, int version, String caseType, Long householdId, Long enquiryId, String about,
            String recommendation, String decision, LocalDate decisionOn) {
    }
}

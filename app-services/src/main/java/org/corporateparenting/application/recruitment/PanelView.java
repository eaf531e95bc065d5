package org.corporateparenting.application.recruitment;

import java.time.LocalDate;
import java.util.List;

/** A panel meeting and the cases it heard. */
public record PanelView(long id, int version, LocalDate meetingDate, boolean cancelled, LocalDate minutesOn,
        List<Case> cases) {

    /** A case with its recommendation and the decision on it. */
    public record Case(long id, int version, String caseType, Long householdId, Long enquiryId, String recommendation,
            String decision, LocalDate decisionOn) {
    }
}

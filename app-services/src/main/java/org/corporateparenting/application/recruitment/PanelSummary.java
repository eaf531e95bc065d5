package org.corporateparenting.application.recruitment;

import java.time.LocalDate;

/**
 * A panel meeting in the list: its date, whether held, cancelled or still to come, the cases heard, how many of them
 * the decision maker has decided, and the date the minutes were written.
 */
public record PanelSummary(long id, LocalDate meetingDate, String status, long cases, long decided, LocalDate minutesOn) {
}

package org.corporateparenting.application.review;

import java.time.LocalDate;

/** A child looked after today with the next review due, whether it is overdue, and the IRO allocated (null: none). */
public record ReviewDue(long childId, String childRef, String name, String iro, LocalDate nextDue, boolean overdue) {
}

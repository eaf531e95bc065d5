package org.corporateparenting.application.child;

import java.time.LocalDate;

/** One line of a child list: identifiers, name, age and whether looked after now. */
public record ChildSummary(long id, String childRef, String forename, String surname, LocalDate dateOfBirth,
        boolean lookedAfter) {
}

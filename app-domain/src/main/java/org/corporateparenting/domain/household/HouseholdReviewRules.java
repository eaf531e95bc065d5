package org.corporateparenting.domain.household;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.corporateparenting.domain.shared.FieldError;

/**
 * When a household review may be recorded. The approval is reviewed at least once a year (Fostering Services (England)
 * Regulations 2011, reg. 28(2)), so reviews are about a year apart: one held less than {@link #EARLY_MONTHS} months after
 * the last looks like the same review recorded twice. It is refused unless the person confirms it was a further review
 * (after an allegation or a change of circumstances, reg. 28(2) allows one "whenever" needed); only then is it stored and
 * the next due date moved. A review on or before the last one is always refused.
 */
public final class HouseholdReviewRules {

    /** A review this many months or more after the last is an annual review; an earlier one needs confirming. */
    public static final int EARLY_MONTHS = 10;

    private HouseholdReviewRules() {
    }

    /** The broken rules, empty when the review may be stored; {@code lastHeld} is null for the first review. */
    public static List<FieldError> check(LocalDate lastHeld, LocalDate heldOn, boolean confirmed) {
        if (lastHeld == null || heldOn == null) {
            return List.of();
        }
        if (!heldOn.isAfter(lastHeld)) {
            return List.of(new FieldError("heldOn", "The last review was held on " + format(lastHeld) + ": a new one must be later."));
        }
        if (isEarly(lastHeld, heldOn) && !confirmed) {
            long days = ChronoUnit.DAYS.between(lastHeld, heldOn);
            return List.of(new FieldError("heldOn", "The last review was held on " + format(lastHeld) + ", " + days
                    + " days before: annual reviews are a year apart (FSR 2011, reg. 28(2)), so this looks like the same review "
                    + "recorded twice. If it was a further review, confirm it; then it sets the next due date."));
        }
        return List.of();
    }

    /** Whether a review held on {@code heldOn} is less than {@link #EARLY_MONTHS} months after the last. */
    public static boolean isEarly(LocalDate lastHeld, LocalDate heldOn) {
        return lastHeld != null && heldOn.isBefore(lastHeld.plusMonths(EARLY_MONTHS));
    }
}

package org.corporateparenting.domain.episode;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.FieldError;

/**
 * The rules an episode must keep, following the SSDA903 guidance and its validation rules:
 * dates in order and not in the future, not before the child's birth; codes valid in the collection
 * year of the start (the reason ceased: of the end); no overlap with the child's other episodes; an
 * episode starting the day another ends continues it (that one ceased X1, this one is not S), any
 * other starts a new period of care (S); a fostering household only for foster placements (U1 to U6)
 * and only while the household is approved.
 */
public final class EpisodeRules {

    private EpisodeRules() {
    }

    /**
     * The broken rules, empty when the details may be stored.
     *
     * @param others the child's other episodes (not the one being edited)
     * @param household the household named by the details, already checked to be the child's council's
     */
    public static List<FieldError> check(Child child, EpisodeDetails d, List<Episode> others, FosterHousehold household,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        checkDates(child, d, today, errors);
        if (d.startDate() == null) {
            return errors;
        }
        CollectionYear year = CollectionYear.containing(d.startDate());
        code(Ssda903Codes.REASON_NEW, "reasonNew", d.reasonNew(), year, true, errors);
        code(Ssda903Codes.LEGAL_STATUS, "legalStatus", d.legalStatus(), year, true, errors);
        code(Ssda903Codes.CATEGORY_OF_NEED, "categoryOfNeed", d.categoryOfNeed(), year, true, errors);
        code(Ssda903Codes.PLACEMENT_TYPE, "placementType", d.placementType(), year, true, errors);
        code(Ssda903Codes.PLACEMENT_PROVIDER, "placementProvider", d.placementProvider(), year, false, errors);
        code(Ssda903Codes.REASON_PLACE_CHANGE, "reasonPlaceChange", d.reasonPlaceChange(), year, false, errors);
        if (d.endDate() != null && !d.endDate().isBefore(d.startDate())) {
            code(Ssda903Codes.REASON_CEASED, "reasonCeased", d.reasonCeased(), CollectionYear.containing(d.endDate()),
                    true, errors);
        }
        checkOverlap(d, others, errors);
        checkContinuity(d, others, errors);
        checkHousehold(d, household, errors);
        return errors;
    }

    private static void checkDates(Child child, EpisodeDetails d, LocalDate today, List<FieldError> errors) {
        if (d.startDate() == null) {
            errors.add(new FieldError("startDate", "Start date is required."));
        } else if (d.startDate().isAfter(today)) {
            errors.add(new FieldError("startDate", "Start date " + format(d.startDate()) + " is in the future."));
        } else if (d.startDate().isBefore(child.getDateOfBirth())) {
            errors.add(new FieldError("startDate", "Start date " + format(d.startDate())
                    + " is before the child's date of birth."));
        }
        if (d.endDate() != null) {
            if (d.startDate() != null && d.endDate().isBefore(d.startDate())) {
                errors.add(new FieldError("endDate", "End date " + format(d.endDate()) + " is before the start date "
                        + format(d.startDate()) + "."));
            } else if (d.endDate().isAfter(today)) {
                errors.add(new FieldError("endDate", "End date " + format(d.endDate()) + " is in the future."));
            }
        } else if (d.reasonCeased() != null && !d.reasonCeased().isBlank()) {
            errors.add(new FieldError("reasonCeased", "An open episode has no reason ceased: give an end date or clear it."));
        }
    }

    private static void code(CodeList list, String field, String value, CollectionYear year, boolean required,
            List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Choose a " + list.title() + " (" + list.field() + ")."));
            }
        } else if (!list.isValid(value, year)) {
            errors.add(new FieldError(field, list.explain(value, year)));
        }
    }

    private static void checkOverlap(EpisodeDetails d, List<Episode> others, List<FieldError> errors) {
        for (Episode other : others) {
            boolean startsBeforeOtherEnds = other.getEndDate() == null || d.startDate().isBefore(other.getEndDate());
            boolean endsAfterOtherStarts = d.endDate() == null || other.getStartDate().isBefore(d.endDate());
            if (startsBeforeOtherEnds && endsAfterOtherStarts) {
                errors.add(new FieldError("startDate", "Overlaps the child's episode from " + format(other.getStartDate())
                        + " to " + format(other.getEndDate()) + "."));
                return;
            }
        }
    }

    private static void checkContinuity(EpisodeDetails d, List<Episode> others, List<FieldError> errors) {
        Episode previous = others.stream().filter(o -> Objects.equals(o.getEndDate(), d.startDate())).findFirst()
                .orElse(null);
        if (previous == null && d.reasonNew() != null && !"S".equals(d.reasonNew())) {
            errors.add(new FieldError("reasonNew", "No episode ends on " + format(d.startDate())
                    + ", so this one starts a period of care: the reason for new episode must be S."));
        } else if (previous != null && "S".equals(d.reasonNew())) {
            errors.add(new FieldError("reasonNew", "The episode before ends on " + format(d.startDate())
                    + ", so this one continues the period of care: the reason for new episode cannot be S."));
        } else if (previous != null && !"X1".equals(previous.getReasonCeased())) {
            errors.add(new FieldError("startDate", "The episode ending on " + format(d.startDate()) + " ceased with "
                    + previous.getReasonCeased() + ": change it to X1 before adding an episode that follows on."));
        }
    }

    private static void checkHousehold(EpisodeDetails d, FosterHousehold household, List<FieldError> errors) {
        if (household == null) {
            return;
        }
        if (d.placementType() == null || !d.placementType().startsWith("U")) {
            errors.add(new FieldError("householdId", "Only foster placements (U1 to U6) are made with a fostering household."));
        } else if (!household.isApprovedOn(d.startDate())) {
            errors.add(new FieldError("householdId", "Household " + household.getHouseholdRef() + " was not approved on "
                    + format(d.startDate()) + "."));
        }
    }
}

package org.corporateparenting.domain.episode;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.FieldError;

/**
 * Whether a household's approval admits a child placed with it on a day. The terms of approval say for how many
 * children, of which ages and, for a connected person, for which named child (Fostering Services (England) Regulations
 * 2011, reg. 27(5); Care Planning, Placement and Case Review (England) Regulations 2010, reg. 24). Checked on the
 * placement's first day, counting every child placed there at the end of that day with the new one:
 * <ul>
 * <li>a connected-person household takes only the children named on its approval: no exemption covers another child;</li>
 * <li>more children than the approved places, or a child outside the approved ages, needs an exception to the terms of
 * approval ({@link ExemptionBasis#TERMS_OF_APPROVAL});</li>
 * <li>more than three children (the usual fostering limit, Children Act 1989, Sch. 7 para 2) needs the local
 * authority's exemption ({@link ExemptionBasis#USUAL_FOSTERING_LIMIT}, para 4), which also covers the places.</li>
 * </ul>
 * The exemption is recorded with its reason, who agreed it (name and role) and the date, not in the future.
 * Practitioners' placements (the API and the child's page) are checked; the SSDA903 load is not, because it records
 * history as it was returned and names no household, and the demo generator keeps within these rules itself.
 */
public final class PlacementMatch {

    /** The usual fostering limit (Children Act 1989, Sch. 7 para 2). */
    public static final int USUAL_FOSTERING_LIMIT = 3;

    private static final String FIELD = "householdId";

    private PlacementMatch() {
    }

    /**
     * The broken rules, empty when the child may be placed.
     *
     * @param terms the household's terms in force on {@code on} (null when none)
     * @param childAge the child's age on {@code on}
     * @param named whether the child is named on the household's approval (for a connected person)
     * @param othersPlaced how many other children are placed with the household at the end of {@code on}
     * @param exemption the exemption recorded with the placement, or null
     */
    public static List<FieldError> check(FosterHousehold household, ApprovalTerms terms, LocalDate on, int childAge,
            boolean named, long othersPlaced, ExemptionDetails exemption, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String ref = "Household " + household.getHouseholdRef();
        if (terms == null) {
            errors.add(new FieldError(FIELD, ref + " has no terms of approval in force on " + format(on) + "."));
            return errors;
        }
        if (household.getType() == HouseholdType.CONNECTED_PERSON && !named) {
            errors.add(new FieldError(FIELD, ref + " is a connected person's, approved only for the children named on its "
                    + "approval (Care Planning Regulations 2010, reg. 24; FSR 2011, reg. 27(5)): name the child on the "
                    + "approval first, or choose another household."));
            return errors;
        }
        long placed = othersPlaced + 1;
        boolean overLimit = placed > USUAL_FOSTERING_LIMIT;
        boolean overPlaces = placed > terms.getPlaces();
        boolean outOfAge = !terms.suits(childAge);
        ExemptionBasis basis = exemption == null ? null : exemption.basis();
        if (overLimit && basis != ExemptionBasis.USUAL_FOSTERING_LIMIT) {
            errors.add(new FieldError(FIELD, ref + " would have " + placed + " children placed on " + format(on)
                    + ", above the usual fostering limit of three (Children Act 1989, Sch. 7): record the local authority's "
                    + "exemption, with its reason, who agreed it and when."));
        } else if (overPlaces && basis == null) {
            errors.add(new FieldError(FIELD, ref + " is approved for " + places(terms.getPlaces()) + " and would have "
                    + placed + " children placed on " + format(on) + ": record an exception to the terms of approval, with "
                    + "its reason, who agreed it and when, or vary the terms first."));
        }
        if (outOfAge && basis != ExemptionBasis.TERMS_OF_APPROVAL) {
            errors.add(new FieldError(FIELD, ref + " is approved for children aged " + terms.getAgeFrom() + " to "
                    + terms.getAgeTo() + "; the child is " + childAge + " on " + format(on) + ": "
                    + (overLimit ? "vary the terms of approval first, then record the exemption from the usual fostering limit."
                            : "record an exception to the terms of approval, with its reason, who agreed it and when, or vary the terms first.")));
        }
        if (exemption != null) {
            if (!overLimit && !overPlaces && !outOfAge) {
                errors.add(new FieldError("exemptionBasis", "The placement is within the household's approval: no exemption is needed."));
            } else {
                checkRecorded(exemption, today, errors);
            }
        }
        return errors;
    }

    private static void checkRecorded(ExemptionDetails e, LocalDate today, List<FieldError> errors) {
        if (e.basis() == null) {
            errors.add(new FieldError("exemptionBasis", "Choose the basis of the exemption."));
        }
        if (blank(e.reason()) || e.reason().trim().length() > 500) {
            errors.add(new FieldError("exemptionReason", "Say in up to 500 characters why the placement is made outside the approval."));
        }
        if (blank(e.agreedBy()) || e.agreedBy().trim().length() > 80) {
            errors.add(new FieldError("exemptionAgreedBy", "Give the name of who agreed the exemption (up to 80 characters)."));
        }
        if (blank(e.agreedByRole()) || e.agreedByRole().trim().length() > 80) {
            errors.add(new FieldError("exemptionAgreedByRole", "Give the role of who agreed the exemption (up to 80 characters)."));
        }
        if (e.agreedOn() == null || e.agreedOn().isAfter(today)) {
            errors.add(new FieldError("exemptionAgreedOn", "Give the date the exemption was agreed, not in the future."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String places(int n) {
        return n == 1 ? "1 place" : n + " places";
    }
}

package org.corporateparenting.domain.household;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.shared.FieldError;

/**
 * Rules for approval terms: at least one place and at most six (the usual fostering limit is three
 * children, exceptions need a decision: Children Act 1989 Sch. 7, so six is our hard ceiling); ages
 * within 0 to 18, youngest first; effective while the household is approved, not before the terms
 * they replace and not in the future; a temporary approval only for a connected person.
 */
public final class HouseholdTermsRules {

    public static final int MAX_PLACES = 6;

    private HouseholdTermsRules() {
    }

    public static List<FieldError> check(FosterHousehold household, TermsDetails d, ApprovalTerms current, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d.places() < 1 || d.places() > MAX_PLACES) {
            errors.add(new FieldError("places", "Approved places must be between 1 and " + MAX_PLACES + "."));
        }
        if (d.ageFrom() < 0 || d.ageTo() > 18 || d.ageFrom() > d.ageTo()) {
            errors.add(new FieldError("ageTo", "Approved ages must lie within 0 to 18, youngest first."));
        }
        if (d.legalBasis() == null) {
            errors.add(new FieldError("legalBasis", "Choose the legal basis of the approval."));
        } else if (d.legalBasis() == LegalBasis.TEMPORARY_REG24 && household.getType() != HouseholdType.CONNECTED_PERSON) {
            errors.add(new FieldError("legalBasis", "Temporary approval (reg. 24) is only for connected persons."));
        }
        if (d.effectiveFrom() == null) {
            errors.add(new FieldError("effectiveFrom", "Give the date the terms take effect."));
        } else if (d.effectiveFrom().isAfter(today)) {
            errors.add(new FieldError("effectiveFrom", "Terms cannot take effect in the future (" + format(d.effectiveFrom()) + ")."));
        } else if (!household.isApprovedOn(d.effectiveFrom())) {
            errors.add(new FieldError("effectiveFrom", "The household is not approved on " + format(d.effectiveFrom()) + "."));
        } else if (current != null && !d.effectiveFrom().isAfter(current.getEffectiveFrom())) {
            errors.add(new FieldError("effectiveFrom", "New terms must start after the current terms, which took effect on "
                    + format(current.getEffectiveFrom()) + "."));
        }
        return errors;
    }
}

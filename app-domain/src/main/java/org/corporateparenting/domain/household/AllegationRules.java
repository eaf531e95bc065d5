package org.corporateparenting.domain.household;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.shared.FieldError;

/**
 * Which child an allegation against a household may name. An allegation that a carer harmed a child in the council's
 * care is about a time the child lived there (Working Together to Safeguard Children 2023, allegations against people
 * who work with children): a child of ours is named only if placed with the household on the date of the alleged
 * incident (the referral date when the incident date is not known). An allegation about any other child (the carers'
 * own, a visiting child, another council's) names no child of ours: the child is left empty and the rule does not apply.
 */
public final class AllegationRules {

    private AllegationRules() {
    }

    /**
     * The broken rules, empty when the allegation may be stored.
     *
     * @param incidentOn the date of the alleged incident, or the referral date when not known
     * @param placedThen whether the named child was placed with the household at the end of that day
     */
    public static List<FieldError> check(FosterHousehold household, Long childId, LocalDate incidentOn, LocalDate referralDate,
            boolean placedThen) {
        if (incidentOn != null && referralDate != null && incidentOn.isAfter(referralDate)) {
            return List.of(new FieldError("incidentDate", "The alleged incident cannot be after the referral on " + format(referralDate) + "."));
        }
        if (childId == null || incidentOn == null || placedThen) {
            return List.of();
        }
        return List.of(new FieldError("childId", "The child was not placed with household " + household.getHouseholdRef() + " on "
                + format(incidentOn) + ", the date of the alleged incident: name the household the child lived in then, "
                + "or leave the child empty for a child not in our care."));
    }
}

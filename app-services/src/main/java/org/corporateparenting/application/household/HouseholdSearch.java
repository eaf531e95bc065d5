package org.corporateparenting.application.household;

import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * What the register is asked for: a type (or any), approved today only, at least so many vacancies today (0 for
 * any), terms that take a child of an age (or any), and an area, the start of the household's postcode (a district
 * such as "KV3", or empty for anywhere). Matching a child to a household is the same search with the child's age,
 * the places the children need and where they should live.
 */
public record HouseholdSearch(HouseholdType type, boolean approvedOnly, int vacancies, Integer childAge, String area) {

    /** Every household, approved or not. */
    public static final HouseholdSearch ALL = new HouseholdSearch(null, false, 0, null, null);

    public HouseholdSearch {
        if (vacancies < 0 || vacancies > 10) {
            throw RuleViolation.of("vacancies", "Ask for between 0 and 10 vacancies.");
        }
        if (childAge != null && (childAge < 0 || childAge > 17)) {
            throw RuleViolation.of("childAge", "A child in care is aged 0 to 17.");
        }
        area = area == null || area.isBlank() ? null : area.trim().toUpperCase(java.util.Locale.ROOT);
        if (area != null && !area.matches("[A-Z0-9 ]{1,8}")) {
            throw RuleViolation.of("area", "Give the start of a postcode, such as KV3.");
        }
    }

    /** Whether only households approved today can be found (a vacancy or an age needs terms in force). */
    public boolean approvedToday() {
        return approvedOnly || vacancies > 0 || childAge != null;
    }

    /** Whether the search needs today's terms and placements before it can page. */
    boolean needsToday() {
        return vacancies > 0 || childAge != null;
    }

    /** Whether a household's summary meets the vacancies and age asked for. */
    boolean admits(HouseholdSummary h) {
        return h.vacancies() >= vacancies && (childAge == null || h.approved() && childAge >= h.ageFrom() && childAge <= h.ageTo());
    }
}

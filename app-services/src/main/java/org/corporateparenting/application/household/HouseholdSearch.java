package org.corporateparenting.application.household;

import java.util.Locale;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * What the register is asked for: a type (or any), a status today (approved, on hold, deregistered, or any), at least
 * so many vacancies today (0 for any), terms that take a child of an age (or any), and an area, the start of the
 * household's postcode (a district such as "KV3", or empty for anywhere). Matching a child to a household is the same
 * search with the child's age, the places the children need and where they should live. A search for vacancies or an
 * age offers a connected person's household only for a child named on its approval ({@code childId}; with none, no
 * connected person's household is offered): family and friends are approved for a named child only (reg. 24).
 */
public record HouseholdSearch(HouseholdType type, Status status, int vacancies, Integer childAge, String area, Long childId) {

    /** A household's standing today: approved (on hold or not), on hold, deregistered; or any of them. */
    public enum Status { ANY, APPROVED, ON_HOLD, DEREGISTERED }

    /** Every household, approved or not. */
    public static final HouseholdSearch ALL = new HouseholdSearch(null, Status.ANY, 0, null, null);

    /** The households approved today, to place a child with. */
    public static final HouseholdSearch APPROVED = new HouseholdSearch(null, Status.APPROVED, 0, null, null);

    /** A search for no particular child. */
    public HouseholdSearch(HouseholdType type, Status status, int vacancies, Integer childAge, String area) {
        this(type, status, vacancies, childAge, area, null);
    }

    public HouseholdSearch {
        status = status == null ? Status.ANY : status;
        if (vacancies < 0 || vacancies > 10) {
            throw RuleViolation.of("vacancies", "Ask for between 0 and 10 vacancies.");
        }
        if (childAge != null && (childAge < 0 || childAge > 17)) {
            throw RuleViolation.of("childAge", "A child in care is aged 0 to 17.");
        }
        area = area == null || area.isBlank() ? null : area.trim().toUpperCase(Locale.ROOT);
        if (area != null && !area.matches("[A-Z0-9 ]{1,8}")) {
            throw RuleViolation.of("area", "Give the start of a postcode, such as KV3.");
        }
    }

    /** Whether only households approved today can be found (a vacancy, an age or a hold needs terms in force). */
    public boolean approvedToday() {
        return status == Status.APPROVED || status == Status.ON_HOLD || vacancies > 0 || childAge != null;
    }

    /** Whether the search needs today's terms, holds and placements before it can page. */
    boolean needsToday() {
        return isMatching() || status == Status.ON_HOLD || status == Status.DEREGISTERED;
    }

    /** Whether the search looks for a place for a child (vacancies, an age or a child), so connected persons are for named children only. */
    boolean isMatching() {
        return vacancies > 0 || childAge != null || childId != null;
    }

    /** Whether a household's summary meets the status, vacancies and age asked for. */
    boolean admits(HouseholdSummary h) {
        return (status != Status.ON_HOLD || h.onHold()) && (status != Status.DEREGISTERED || h.deregisteredOn() != null)
                && h.vacancies() >= vacancies && (childAge == null || h.approved() && childAge >= h.ageFrom() && childAge <= h.ageTo());
    }
}

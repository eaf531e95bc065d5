package org.corporateparenting.domain.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.shared.Role;

/**
 * Need to know (UK GDPR article 5(1)(c), data minimisation; issue 20 item 8): which children's records each team's role
 * reaches on a day. The one rule; the children list's query is its translation ({@link Ground}).
 * <ul>
 * <li>fostering: children placed with the council's own carers (the household of the episode the child is looked after
 * under, as {@code ChildHistory.ownHouseholdAt} reads it) or to be placed with them (named on a connected person's
 * approval of a household still registered);</li>
 * <li>leaving care: care leavers whose leaving-care service is open, and children in care aged 16 or over;</li>
 * <li>IRO: children in care (looked after at the end of the day, {@link LookedAfter});</li>
 * <li>adoption: children with an adoption plan (an adoption journey recorded);</li>
 * <li>performance analysts (read only, as their other roles say) and administrators: every child, since the returns,
 * the dataset and data quality work span the council's children.</li>
 * </ul>
 * A user with several roles reaches the union. A council may grant a user the documented all-children permission
 * ({@link AppUser#hasAllChildren}, for example a duty or placements officer who places children not yet in any team's
 * caseload): they reach every child of their council.
 */
public final class NeedToKnow {

    /** Why a child is in a team's caseload on a day. */
    public enum Ground {
        /** Looked after at the end of the day. */
        IN_CARE,
        /** Looked after at the end of the day and aged 16 or over on it. */
        IN_CARE_AGED_16,
        /** A care leaver whose leaving-care service is open on the day. */
        CARE_LEAVER,
        /** Placed with, or named to be placed with, the council's own foster carers. */
        OWN_CARERS,
        /** An adoption journey is recorded. */
        ADOPTION_PLAN
    }

    /** The age from which children in care are in leaving care's caseload (Children Act 1989, s.23A; eligible child). */
    public static final int LEAVING_CARE_AGE = 16;

    private NeedToKnow() {
    }

    /** The children a user with these roles (and the all-children permission or not) reaches. */
    public static Reach of(Collection<String> roles, boolean allChildren) {
        if (allChildren || roles.contains(Role.PERFORMANCE_ANALYST) || roles.contains(Role.ADMINISTRATOR)) {
            return Reach.EVERY_CHILD;
        }
        Set<Ground> grounds = EnumSet.noneOf(Ground.class);
        if (roles.contains(Role.FOSTERING)) {
            grounds.add(Ground.OWN_CARERS);
        }
        if (roles.contains(Role.LEAVING_CARE)) {
            grounds.add(Ground.CARE_LEAVER);
            grounds.add(Ground.IN_CARE_AGED_16);
        }
        if (roles.contains(Role.IRO)) {
            grounds.add(Ground.IN_CARE);
        }
        if (roles.contains(Role.ADOPTION)) {
            grounds.add(Ground.ADOPTION_PLAN);
        }
        return new Reach(false, Set.copyOf(grounds));
    }

    /** The latest date of birth of a child aged {@link #LEAVING_CARE_AGE} or over on the day (the 16th birthday counts). */
    public static LocalDate bornBySixteen(LocalDate day) {
        return day.minusYears(LEAVING_CARE_AGE);
    }

    /** Whom a user reaches: every child of their council, or the children on any of these grounds. */
    public record Reach(boolean everyChild, Set<Ground> grounds) {

        public static final Reach EVERY_CHILD = new Reach(true, Set.of());

        public Reach {
            grounds = Set.copyOf(grounds);
        }

        /** Whether the child, as the case stands on its day, is reached. */
        public boolean reaches(ChildCase child) {
            return everyChild || grounds.stream().anyMatch(child::holds);
        }
    }

    /**
     * What need to know asks of one child on a day, from their records: their episodes, care leaver record (or null),
     * whether a household still registered names them on a connected person's approval, and whether an adoption
     * journey is recorded.
     */
    public record ChildCase(LocalDate day, Child child, List<Episode> episodes, CareLeaver careLeaver,
            boolean namedForOwnCarers, boolean adoptionJourney) {

        public boolean holds(Ground ground) {
            return switch (ground) {
                case IN_CARE -> LookedAfter.on(episodes, day);
                case IN_CARE_AGED_16 -> !child.getDateOfBirth().isAfter(bornBySixteen(day)) && LookedAfter.on(episodes, day);
                case CARE_LEAVER -> careLeaver != null
                        && (careLeaver.getServiceClosedOn() == null || careLeaver.getServiceClosedOn().isAfter(day));
                case OWN_CARERS -> namedForOwnCarers
                        || LookedAfter.episodeOn(episodes, day).map(e -> e.getHousehold() != null).orElse(false);
                case ADOPTION_PLAN -> adoptionJourney;
            };
        }
    }
}

package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.application.ssda903.Ssda903Stitch.Oc3Row;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.BirthdayCheckRules;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.shared.FieldError;

/**
 * Brings a council's OC3 birthday checks up to what the 903 OC3 files say, by these rules:
 * <ul>
 * <li>a check is the care leaver's birthday in the file's collection year (1 April to 31 March); its age is the one
 * they turned that day, which must be 17 to 21;</li>
 * <li>a check already recorded for that birthday is kept as recorded here (a difference is reported as a warning);</li>
 * <li>a new check follows the same rules as the leaving care team recording one ({@link BirthdayCheckRules}: codes from
 * the OC3 lists for the year, none for a 17th or 18th birthday spent looked after, activity and accommodation 0 exactly
 * when the young person died or returned home); a row that breaks one is an error naming the column;</li>
 * <li>the child must have a care history here or in the files (a child first met in an OC3 file without one is an
 * error);</li>
 * <li>a young person with no care leaver record gets one. The 903 does not carry eligibility, so the choice made here
 * (checked against the Care Leavers (England) Regulations 2010 only in outline, [unverified] against the DfE guide) is:
 * former relevant from the 18th birthday for a check at 18 or over, otherwise relevant from the later of the end of their
 * last episode and their 16th birthday. The leaving care team corrects it on the record.</li>
 * </ul>
 * Loading the same files again finds every check already recorded, so changes nothing.
 */
final class Ssda903Oc3 extends RowLoader {

    private int careLeaversCreated;

    /**
     * The new care leavers and checks, in an order that can be stored. {@code leavers}: the council's care leavers by
     * child reference (new ones are added); {@code checks}: the checks recorded, by child reference and age ("R1|18").
     */
    List<Object> apply(List<Oc3Row> rows, Map<String, Child> children, Map<String, List<Episode>> episodes, Map<String, CareLeaver> leavers,
            Map<String, BirthdayCheck> checks) {
        List<Object> made = new ArrayList<>();
        for (Oc3Row row : rows) {
            Child child = children.get(row.child());
            List<Episode> history = episodes.getOrDefault(row.child(), List.of());
            if (child == null || history.isEmpty()) {
                report(row, "CHILD", row.child(), "The child has no care history here or in the files, so their birthday check "
                        + "cannot be loaded: load the years in which they were looked after.", ImportProblem.Severity.ERROR);
                continue;
            }
            LocalDate birthday = birthdayIn(child.getDateOfBirth(), row);
            int age = birthday.getYear() - child.getDateOfBirth().getYear();
            BirthdayCheck recorded = checks.get(row.child() + "|" + age);
            if (recorded != null) {
                unchanged++;
                if (!Objects.equals(recorded.getInTouch(), row.inTouch()) || !Objects.equals(recorded.getActivity(), row.activity())
                        || !Objects.equals(recorded.getAccommodation(), row.accommodation())) {
                    report(row, "IN_TOUCH", row.inTouch(), "The check for the " + age + "th birthday is recorded here differently ("
                            + recorded.getInTouch() + ", " + recorded.getActivity() + ", " + recorded.getAccommodation() + "), which is kept.",
                            ImportProblem.Severity.WARNING);
                }
                continue;
            }
            List<FieldError> errors = BirthdayCheckRules.check(age, birthday, history.stream().anyMatch(e -> e.isOpenOn(birthday)), false,
                    row.inTouch(), row.activity(), row.accommodation(), LocalDate.now());
            if (!errors.isEmpty()) {
                errors.forEach(e -> report(row, column(e.field()), valueOf(row, e.field()), e.message(), ImportProblem.Severity.ERROR));
                continue;
            }
            CareLeaver leaver = leavers.get(row.child());
            if (leaver == null) {
                leaver = newCareLeaver(child, age, history);
                leavers.put(row.child(), leaver);
                made.add(leaver);
                careLeaversCreated++;
            }
            BirthdayCheck check = new BirthdayCheck(leaver, age, birthday, row.inTouch(), row.activity(), row.accommodation());
            checks.put(row.child() + "|" + age, check);
            made.add(check);
            created++;
        }
        return made;
    }

    /** The child's birthday between 1 April and 31 March of the row's collection year. */
    private static LocalDate birthdayIn(LocalDate dateOfBirth, Oc3Row row) {
        LocalDate birthday = dateOfBirth.withYear(row.year().start().getYear());
        return birthday.isBefore(row.year().start()) ? dateOfBirth.withYear(row.year().end().getYear()) : birthday;
    }

    private static CareLeaver newCareLeaver(Child child, int age, List<Episode> history) {
        LocalDate dob = child.getDateOfBirth();
        if (age >= 18) {
            return new CareLeaver(child, Eligibility.FORMER_RELEVANT, dob.plusYears(18));
        }
        LocalDate lastEnd = history.stream().map(Episode::getEndDate).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(dob.plusYears(16));
        return new CareLeaver(child, Eligibility.RELEVANT, lastEnd.isAfter(dob.plusYears(16)) ? lastEnd : dob.plusYears(16));
    }

    private static String column(String field) {
        return switch (field) {
            case "inTouch" -> "IN_TOUCH";
            case "activity" -> "ACTIV";
            case "accommodation" -> "ACCOM";
            default -> "DOB";
        };
    }

    private static String valueOf(Oc3Row row, String field) {
        return switch (field) {
            case "inTouch" -> row.inTouch();
            case "activity" -> row.activity();
            case "accommodation" -> row.accommodation();
            default -> row.year().label();
        };
    }

    int careLeaversCreated() {
        return careLeaversCreated;
    }
}

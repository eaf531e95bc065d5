package org.corporateparenting.domain.ssda903.rules.periods;

import static org.corporateparenting.domain.ssda903.Rule.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.Table;

/**
 * The 903 rules on who may have care leavers' information (OC3: in touch, activity, accommodation) given their
 * episodes this year and last: not a child who died in care, was transferred to another authority, never met the
 * "relevant" test, is still looked after on their 17th or 18th birthday, or left after it; and what else a care leaver
 * with no episodes this year may have (no other files, no UASC or motherhood details). An OC3 row fails when any of its
 * three fields is filled.
 */
final class CareLeaverRules {

    /** Thirteen weeks: the time looked after since the 14th birthday that makes a child "relevant". */
    private static final long THIRTEEN_WEEKS = 91;

    /** The files other than the header, episodes and OC3 (rule 1012), and UASC (rule 1014's). */
    private static final List<Table> OTHER_FILES = List.of(Table.REVIEWS, Table.OC2, Table.AD1, Table.PLACED_ADOPTION,
            Table.PREV_PERM, Table.MISSING, Table.SW_EPISODES, Table.DOLO);

    /** 628: a care leaver (care leavers' information, no episodes this year) has motherhood details (MOTHER) in the header. */
    static final Rule MOTHERHOOD_FOR_CARE_LEAVER = rule("628", (files, out) -> files.byChild(Table.OC3)
            .forEach((child, rows) -> {
                ReturnRow header = files.header(child);
                if (header != null && header.has("MOTHER") && files.of(Table.EPISODES, child).isEmpty()
                        && rows.stream().anyMatch(CareLeaverRules::information)) {
                    out.fail(header, "MOTHER");
                }
            }));

    /** 1000: a child who died in care (an episode ending E2, this year or last when known) has care leavers' information. */
    static final Rule DIED_IN_CARE = leaver("1000", (files, child) -> died(files.of(Table.EPISODES, child))
            || died(files.lastByChild(Table.EPISODES).getOrDefault(child, List.of())));

    /**
     * 1001: the child's episodes this year and last do not make them a relevant or former relevant child (looked after
     * for at least 13 weeks in all since their 14th birthday, at least a day of it after their 16th), or their last
     * episode ended in adoption (E11, E12), yet they have care leavers' information. Short breaks (V3, V4) do not count.
     * As the DfE's note says, care before last year is not seen; as in the open-source validators, a young person aged
     * 20 or over at 31 March, whose care would mostly be before then, is not checked.
     */
    static final Rule NOT_RELEVANT = leaver("1001", (files, child) -> {
        ReturnRow oc3 = files.of(Table.OC3, child).get(0);
        LocalDate born = Chains.born(files, child, oc3);
        if (born == null || ReturnFiles.age(born, files.end()) >= 20) {
            return false;
        }
        ReturnRow last = PreviousYearRules.last(files.episodes(child));
        if (last == null) {
            last = PreviousYearRules.last(files.lastEpisodes(child));
        }
        return !relevant(files, child, born) || last != null && AdoptionRules.adopted(last);
    });

    /** 1002: a child with no episodes this year or last has care leavers' information. */
    static final Rule NO_EPISODES = leaver("1002", (files, child) -> files.of(Table.EPISODES, child).isEmpty()
            && files.lastEpisodes(child).isEmpty());

    /**
     * 1007: a child aged 17 or 18 at 31 March who was still looked after on that birthday in the year (an episode began
     * on or before it and ended after it, or is open), or is still looked after at 31 March, has care leavers'
     * information. Reading: both of the open-source validators' readings of "still looked after", the later (on the
     * birthday) and the earlier (an open episode at the year's end); a child who left on or after the birthday also
     * fails rule 1016 (from 2023-24).
     */
    static final Rule STILL_LOOKED_AFTER = leaver("1007", (files, child) -> {
        LocalDate birthday = leavingBirthday(files, child);
        return birthday != null && files.episodes(child).stream().anyMatch(row -> {
            LocalDate start = Dates.of(row, "DECOM");
            LocalDate end = Dates.of(row, "DEC");
            return start != null && (row.blank("DEC") || !start.isAfter(birthday) && end != null && end.isAfter(birthday));
        });
    });

    /**
     * 1010: the child's last episode last year was open at 31 March but they have no episodes this year, yet they have
     * care leavers' information.
     */
    static final Rule OPEN_LAST_YEAR_NONE_NOW = leaver("1010", (files, child) -> {
        ReturnRow last = PreviousYearRules.last(files.lastEpisodes(child));
        return last != null && last.blank("DEC") && files.of(Table.EPISODES, child).isEmpty();
    });

    /** 1011: the child's final episode this year ended with care transferred to another authority (E3), yet they have care leavers' information. */
    static final Rule TRANSFERRED = leaver("1011", (files, child) -> {
        ReturnRow last = PreviousYearRules.last(files.episodes(child));
        return last != null && last.in("REC", "E3");
    });

    /**
     * 1012: a child in OC3 with no episodes this year has rows in another file: reviews, OC2, AD1, placed for adoption,
     * previous permanence, missing, and the files added since the open-source validators' list (social worker episodes,
     * deprivation of liberty); UASC is rule 1014's.
     */
    static final Rule OTHER_DATA_FOR_CARE_LEAVER = rule("1012", (files, out) -> files.byChild(Table.OC3).keySet()
            .forEach(child -> {
                if (files.of(Table.EPISODES, child).isEmpty()) {
                    OTHER_FILES.forEach(table -> out.failAll(files.of(table, child), "CHILD"));
                }
            }));

    /** 1014: a care leaver (care leavers' information, no episodes this year) has a UASC row. */
    static final Rule UASC_FOR_CARE_LEAVER = rule("1014", (files, out) -> files.byChild(Table.OC3).forEach((child, rows) -> {
        if (files.of(Table.EPISODES, child).isEmpty() && rows.stream().anyMatch(CareLeaverRules::information)) {
            out.failAll(files.of(Table.UASC, child), "DUC");
        }
    }));

    /**
     * 1016 (from 2023-24): a child aged 17 or 18 at 31 March whose care ended in the year on or after that birthday has
     * care leavers' information. Reading: "after their birthday" includes the day itself, as the open-source validators
     * read it.
     */
    static final Rule LEFT_AFTER_BIRTHDAY = leaver("1016", (files, child) -> {
        LocalDate birthday = leavingBirthday(files, child);
        return birthday != null && leftFrom(files, child, birthday);
    });

    private CareLeaverRules() {
    }

    static List<Rule> rules() {
        return List.of(MOTHERHOOD_FOR_CARE_LEAVER, DIED_IN_CARE, NOT_RELEVANT, NO_EPISODES, STILL_LOOKED_AFTER,
                OPEN_LAST_YEAR_NONE_NOW, TRANSFERRED, OTHER_DATA_FOR_CARE_LEAVER, UASC_FOR_CARE_LEAVER, LEFT_AFTER_BIRTHDAY);
    }

    /** The rule that a child for whom the test holds has no care leavers' information: their filled OC3 rows fail. */
    private static Rule leaver(String code, BiPredicate<ReturnFiles, String> notALeaver) {
        return rule(code, (files, out) -> files.byChild(Table.OC3).forEach((child, rows) -> {
            List<ReturnRow> filled = rows.stream().filter(CareLeaverRules::information).toList();
            if (!filled.isEmpty() && notALeaver.test(files, child)) {
                out.failAll(filled, Chains.CARE_LEAVER);
            }
        }));
    }

    private static boolean information(ReturnRow oc3) {
        return Chains.any(oc3, Chains.CARE_LEAVER);
    }

    private static boolean died(List<ReturnRow> episodes) {
        return episodes.stream().anyMatch(row -> row.in("REC", "E2"));
    }

    /** The 17th or 18th birthday the child had in the year, or null (another age, or no date of birth). */
    private static LocalDate leavingBirthday(ReturnFiles files, String child) {
        LocalDate born = Chains.born(files, child, files.of(Table.OC3, child).get(0));
        int age = ReturnFiles.age(born, files.end());
        return age == 17 || age == 18 ? born.plusYears(age) : null;
    }

    /** Whether the child's care ended in the year on or after the day (an episode ending then ceased care). */
    private static boolean leftFrom(ReturnFiles files, String child, LocalDate day) {
        return files.episodes(child).stream().anyMatch(row -> Chains.ceased(row) && Dates.of(row, "DEC") != null
                && !Dates.of(row, "DEC").isBefore(day) && !Dates.of(row, "DEC").isAfter(files.end()));
    }

    /** Looked after at least 13 weeks since the 14th birthday, a day of it after the 16th, by this year's and last year's episodes. */
    private static boolean relevant(ReturnFiles files, String child, LocalDate born) {
        List<LocalDate[]> spans = new ArrayList<>();
        addSpans(spans, files.lastEpisodes(child), files.start());
        addSpans(spans, files.episodes(child), files.end().plusDays(1));
        spans.sort(Comparator.comparing((LocalDate[] span) -> span[0]));
        return daysSince(spans, born.plusYears(14)) >= THIRTEEN_WEEKS && daysSince(spans, born.plusYears(16)) >= 1;
    }

    /** The days the spans (sorted by start, perhaps overlapping) cover from the day on. */
    private static long daysSince(List<LocalDate[]> spans, LocalDate day) {
        long days = 0;
        LocalDate covered = day;
        for (LocalDate[] span : spans) {
            LocalDate from = span[0].isBefore(covered) ? covered : span[0];
            if (span[1].isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, span[1]);
                covered = span[1];
            }
        }
        return days;
    }

    /** Each episode (but short breaks) as [start, end), an open episode running to the given day. */
    private static void addSpans(List<LocalDate[]> spans, List<ReturnRow> episodes, LocalDate openUntil) {
        for (ReturnRow episode : episodes) {
            LocalDate start = Dates.of(episode, "DECOM");
            if (start != null && !Chains.respite(episode)) {
                LocalDate end = Dates.of(episode, "DEC");
                spans.add(new LocalDate[] {start, end == null ? openUntil : end});
            }
        }
    }
}

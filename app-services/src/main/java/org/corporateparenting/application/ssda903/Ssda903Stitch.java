package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * Stitches the 903 files of several collection years into one history per child. The rules, each repair reported
 * with the file and row it applies to:
 * <ol>
 * <li>Years are read oldest first. A child's details (header) are the latest year's.</li>
 * <li>An episode is the child and its start date (DECOM). The same episode in a later year's file replaces the earlier
 * row: the later file knows more (an episode open at one year's end is closed by the next year's file). A blank end date
 * means only "still open at the end of that file's year", so the row remembers that year ({@link EpisodeRow#knownTo}).</li>
 * <li>The same episode twice in one file: the later row is kept (repair).</li>
 * <li>Stale rows: an earlier year's episode that no later year's file lists, whose days a later year's episode covers,
 * is dropped; the later file has corrected it (repair).</li>
 * <li>Episodes no longer listed: an episode open at the end of its year that the later years' episodes files do not
 * list (a child looked after on 1 April is in that year's file) ends on the last day of the last year that listed it,
 * with reason E8, for the analyst to confirm (repair). An episode listed in a row left out for its errors is not
 * ended.</li>
 * <li>An episode still open, or ending after the next episode starts, is ended on the day the next starts, with reason
 * X1 (a new episode follows), as the DfE's episode rules require; when the next is a new period of care (RNE S) it
 * ends the day before, with reason E8, for the analyst to confirm (repair).</li>
 * <li>A gap after an X1 ending, before a next episode that is not a new period of care, is closed: the episode ends when
 * the next starts (repair); before a new period of care (RNE S) the X1 is named (warning).</li>
 * <li>Episodes of a child in no header file cannot be loaded (error on each row). A header row of a child with no
 * episode in the files is not loaded (warning).</li>
 * <li>UASC: a child in a UASC file was unaccompanied from their first episode's start until DUC (blank: still); the row
 * of a child with no episode in the files is not loaded (warning).</li>
 * <li>A missing or absent episode is the child, its kind and its start; a later year's row replaces an earlier one (its
 * end may have been blank before). Those of a child with no loadable episode are errors.</li>
 * <li>A review is the child and the day it was held; a later year's row replaces an earlier one. Those of a child with no
 * loadable episode are errors.</li>
 * <li>An OC3 row is the child and its collection year (one birthday a year). Those of a child in no header file are
 * errors.</li>
 * <li>An OC2 row is the child and its collection year; a decision to place for adoption (PlacedAdoption) is the child and
 * the decision's date (a later year's row gives its reversal); an adoption (AD1) is the child; a previous permanence order
 * is the child (the latest year's row); a social worker's episode is the child and its start (a later year's row gives its
 * end). OC2, PlacedAdoption and AD1 rows of a child with no loadable episode, and PrevPerm and social worker rows of a
 * child in no header file, are errors.</li>
 * </ol>
 * The same row twice in one file (the same review day, say) keeps the later; the earlier is named (warning). A row whose
 * value cannot be held here ({@link Ssda903Fits}) is an error on its row and is left out. Rows named in
 * {@code skipped} (rows with errors) are left out.
 */
final class Ssda903Stitch {

    /** Who a child is, from the latest header row. */
    record ChildRow(String ref, String sex, LocalDate dateOfBirth, String ethnicity, String upn, String mother, LocalDate mothersChildBornOn,
            String file, int row) {
    }

    /** One episode; {@code knownTo} is the last collection year whose file listed it. */
    record EpisodeRow(String child, LocalDate start, String reasonNew, String legalStatus, String categoryOfNeed, String placement,
            String provider, LocalDate end, String reasonCeased, String reasonPlaceChange, String homePostcode, String placePostcode,
            String urn, CollectionYear knownTo, String file, int row) {

        EpisodeRow endedOn(LocalDate on, String reason) {
            return new EpisodeRow(child, start, reasonNew, legalStatus, categoryOfNeed, placement, provider, on, reason, reasonPlaceChange,
                    homePostcode, placePostcode, urn, knownTo, file, row);
        }
    }

    /** A row about a child, from a file and row the problems can name. */
    interface FromFile {
        String child();

        String file();

        int row();
    }

    /** A looked-after review: the child, the day it was held and the child's participation (PN code). */
    record ReviewRow(String child, LocalDate held, String participation, String file, int row) implements FromFile {
    }

    /** An OC3 row: a care leaver's birthday check in a collection year (in touch, activity, accommodation). */
    record Oc3Row(String child, CollectionYear year, String inTouch, String activity, String accommodation, String file, int row)
            implements FromFile {
    }

    /** An OC2 row: the child's outcomes for a collection year, the columns after CHILD and DOB in the file's order. */
    record Oc2Row(String child, CollectionYear year, List<String> values, String file, int row) implements FromFile {
    }

    /** A decision that the child should be placed for adoption, and its reversal when there was one (PlacedAdoption). */
    record PlacedRow(String child, LocalDate decided, LocalDate reversed, String reason, String file, int row) implements FromFile {
    }

    /** A child adopted (AD1): the decision, the match and who adopted them. */
    record AdoptedRow(String child, LocalDate decided, LocalDate matched, String formerFosterCarers, String number, String sex,
            String legalStatus, String file, int row) implements FromFile {
    }

    /** A previous permanence order (PrevPerm). */
    record PermanenceRow(String child, String option, String localAuthority, String orderDate, String file, int row) implements FromFile {
    }

    /** A social worker's allocation to the child (SWEpisodes). */
    record SocialWorkerRow(String child, String worker, LocalDate start, LocalDate end, String reason, String file, int row)
            implements FromFile {
    }

    /** The adoption, permanence, OC2 and social worker rows, each of a child the files know. */
    record Further(List<Oc2Row> oc2, List<PlacedRow> placed, List<AdoptedRow> adopted, List<PermanenceRow> permanence,
            List<SocialWorkerRow> socialWorkers) {
    }

    /** A time missing from placement (M) or away without authorisation (A). */
    record MissingRow(String child, String kind, LocalDate start, LocalDate end, String file, int row) implements FromFile {
    }

    /** The stitched history, and what was repaired or could not be loaded. */
    record Stitched(Map<String, ChildRow> children, Map<String, List<EpisodeRow>> episodes, Map<String, LocalDate> uascCeased,
            Set<String> uascChildren, List<MissingRow> missing, List<ReviewRow> reviews, List<Oc3Row> oc3, Further further,
            List<ImportProblem> problems, Map<String, String> dropped) {

        /** The same, with further rows read but left out before the stitch (another council's, {@link CouncilRows}). */
        Stitched alsoLeftOut(Map<String, String> leftOut) {
            if (leftOut.isEmpty()) {
                return this;
            }
            Map<String, String> all = new HashMap<>(dropped);
            all.putAll(leftOut);
            return new Stitched(children, episodes, uascCeased, uascChildren, missing, reviews, oc3, further, problems, all);
        }
    }

    /** Why a row was read but not loaded, for the load's totals ({@link LoadTotals}). */
    static final String DROPPED_NOT_IN_RETURN = "not a file of the return";
    static final String DROPPED_AGAIN_IN_FILE = "the same row again later in the file";
    static final String DROPPED_NO_EPISODE = "child with no episode in the files";
    static final String DROPPED_SUPERSEDED = "superseded by a later year's episode";

    private final Map<String, ChildRow> children = new TreeMap<>();
    private final Map<String, EpisodeRow> episodes = new LinkedHashMap<>();
    private final Map<String, LocalDate> uascCeased = new HashMap<>();
    /** Where each child's (latest) UASC row is, to name it when it cannot be loaded. */
    private final Map<String, MissingRow> uascRows = new HashMap<>();
    /** The collection years whose episodes file was read, and the episodes listed in rows left out for their errors. */
    private final Set<CollectionYear> episodeYears = new HashSet<>();
    private final Set<String> episodesLeftOut = new HashSet<>();
    private final Map<String, MissingRow> missing = new LinkedHashMap<>();
    private final Map<String, ReviewRow> reviews = new LinkedHashMap<>();
    private final Map<String, Oc3Row> oc3 = new LinkedHashMap<>();
    private final Map<String, Oc2Row> oc2 = new LinkedHashMap<>();
    private final Map<String, PlacedRow> placed = new LinkedHashMap<>();
    private final Map<String, AdoptedRow> adopted = new LinkedHashMap<>();
    private final Map<String, PermanenceRow> permanence = new LinkedHashMap<>();
    private final Map<String, SocialWorkerRow> socialWorkers = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    /** The rows read but not loaded, as "2024-25/episodes.csv:7", with why (not an error: a warning or repair names them). */
    private final Map<String, String> dropped = new LinkedHashMap<>();
    /** Where each child's header and UASC rows are, every year's ("HEADER|A1" to "2024-25/header.csv:2"). */
    private final Map<String, List<String>> rowsOf = new HashMap<>();
    private final Set<String> skipped;

    private Ssda903Stitch(Set<String> skipped) {
        this.skipped = skipped;
    }

    /** {@code skipped}: rows not to read, as "2024-25/episodes.csv:7", or whole files as "2024-25/episodes.csv". */
    static Stitched stitch(Map<CollectionYear, Map<String, String>> years, Set<String> skipped) {
        Ssda903Stitch s = new Ssda903Stitch(skipped);
        new TreeMap<>(years).forEach((year, files) -> files.forEach((name, text) -> s.file(year, name, text)));
        return s.finish();
    }

    private void file(CollectionYear year, String name, String text) {
        if (skipped.contains(year.label() + "/" + name)) {
            return;
        }
        Ssda903Tables.of(name, text).tables().forEach(table -> table(year, table));
    }

    /** One table of a file: a CSV file, or one of an XML return's tables (named as its problems name it). */
    private void table(CollectionYear year, CsvTable table) {
        String name = table.fileName();
        String path = year.label() + "/" + name;
        if (skipped.contains(path)) {
            return;
        }
        Ssda903File layout = Ssda903File.identify(name, table.columns()).orElse(null);
        if (layout == null) {
            table.rows().forEach(row -> drop(path, row.number(), DROPPED_NOT_IN_RETURN));
            return;
        }
        Map<String, Integer> inThisFile = new HashMap<>();
        if (layout == Ssda903File.EPISODES) {
            episodeYears.add(year);
        }
        for (CsvTable.Row row : table.rows()) {
            if (skipped.contains(path + ":" + row.number())) {
                if (layout == Ssda903File.EPISODES) {
                    leftOut(table, row);
                }
                continue;
            }
            String child = table.value(row, "CHILD");
            List<ImportProblem> unfit = Ssda903Fits.check(layout, table, row, path);
            if (!unfit.isEmpty()) {
                problems.addAll(unfit);
                continue;
            }
            if (layout == Ssda903File.HEADER) {
                rowsOf.computeIfAbsent("HEADER|" + child, c -> new ArrayList<>()).add(path + ":" + row.number());
            }
            switch (layout) {
                case HEADER -> children.put(child, new ChildRow(child, Ssda903Sex.recorded(table.value(row, "SEX")), date(table, row, "DOB"),
                        table.value(row, "ETHNIC"), table.value(row, "UPN"), blank(table.value(row, "MOTHER")), date(table, row, "MC_DOB"),
                        path, row.number()));
                case EPISODES -> episode(year, path, table, row, child, inThisFile);
                case UASC -> {
                    rowsOf.computeIfAbsent("UASC|" + child, c -> new ArrayList<>()).add(path + ":" + row.number());
                    uascCeased.put(child, date(table, row, "DUC"));
                    uascRows.put(child, new MissingRow(child, "UASC", null, null, path, row.number()));
                }
                case MISSING -> {
                    MissingRow m = new MissingRow(child, table.value(row, "MISSING"), date(table, row, "MIS_START"),
                            date(table, row, "MIS_END"), path, row.number());
                    once(missing, child + "|" + m.kind() + "|" + m.start(), m, "MIS_START", table.value(row, "MIS_START"),
                            "time missing or absent starting that day");
                }
                case REVIEWS -> {
                    ReviewRow r = new ReviewRow(child, date(table, row, "REVIEW"), table.value(row, "REVIEW_CODE"), path, row.number());
                    once(reviews, child + "|" + r.held(), r, "REVIEW", table.value(row, "REVIEW"), "review held that day");
                }
                case OC3 -> once(oc3, child + "|" + year, new Oc3Row(child, year, table.value(row, "IN_TOUCH"), table.value(row, "ACTIV"),
                        table.value(row, "ACCOM"), path, row.number()), "CHILD", child, "birthday check in the year");
                case OC2 -> once(oc2, child + "|" + year, new Oc2Row(child, year, layout.columns().subList(2, layout.columns().size())
                        .stream().map(c -> table.value(row, c)).toList(), path, row.number()), "CHILD", child, "OC2 row in the year");
                case PLACED_ADOPTION -> {
                    PlacedRow p = new PlacedRow(child, date(table, row, "DATE_PLACED"), date(table, row, "DATE_PLACED_CEASED"),
                            blank(table.value(row, "REASON_PLACED_CEASED")), path, row.number());
                    once(placed, child + "|" + p.decided(), p, "DATE_PLACED", table.value(row, "DATE_PLACED"),
                            "decision to place for adoption that day");
                }
                case AD1 -> once(adopted, child, new AdoptedRow(child, date(table, row, "DATE_INT"), date(table, row, "DATE_MATCH"),
                        blank(table.value(row, "FOSTER_CARE")), blank(table.value(row, "NB_ADOPTR")), blank(table.value(row, "SEX_ADOPTR")),
                        blank(table.value(row, "LS_ADOPTR")), path, row.number()), "CHILD", child, "adoption");
                case PREVIOUS_PERMANENCE -> once(permanence, child, new PermanenceRow(child, table.value(row, "PREV_PERM"),
                        blank(table.value(row, "LA_PERM")), blank(table.value(row, "DATE_PERM")), path, row.number()), "CHILD", child,
                        "previous permanence order");
                case SOCIAL_WORKERS -> {
                    SocialWorkerRow w = new SocialWorkerRow(child, table.value(row, "SW_ID"), date(table, row, "SW_DECOM"),
                            date(table, row, "SW_DEC"), blank(table.value(row, "SW_REASON")), path, row.number());
                    once(socialWorkers, child + "|" + w.start(), w, "SW_DECOM", table.value(row, "SW_DECOM"),
                            "social worker's episode starting that day");
                }
            }
        }
    }

    /** An episode row left out for its errors still says the file lists that episode (when its start can be read). */
    private void leftOut(CsvTable table, CsvTable.Row row) {
        try {
            episodesLeftOut.add(table.value(row, "CHILD") + "|" + LocalDate.parse(table.value(row, "DECOM"), Ssda903Check.DATE));
        } catch (DateTimeParseException unreadable) {
            // an unreadable start names no episode
        }
    }

    /**
     * Keeps a row by its key; the same key twice in one file keeps the later row and names the earlier, which is not
     * loaded (a later year's row replacing an earlier year's is the normal case, not reported).
     */
    private <R extends FromFile> void once(Map<String, R> rows, String key, R row, String field, String value, String what) {
        R earlier = rows.put(key, row);
        if (earlier != null && earlier.file().equals(row.file())) {
            drop(earlier.file(), earlier.row(), DROPPED_AGAIN_IN_FILE);
            problems.add(new ImportProblem(earlier.file(), earlier.row(), field, value, "Row " + row.row() + " is the same " + what
                    + " for the child " + row.child() + ": row " + row.row() + " is kept and this row is not loaded.",
                    ImportProblem.Severity.WARNING));
        }
    }

    private void episode(CollectionYear year, String path, CsvTable table, CsvTable.Row row, String child, Map<String, Integer> inThisFile) {
        LocalDate start = date(table, row, "DECOM");
        String key = child + "|" + start;
        Integer earlier = inThisFile.put(key, row.number());
        if (earlier != null) {
            drop(path, earlier, DROPPED_AGAIN_IN_FILE);
            problems.add(new ImportProblem(path, row.number(), "DECOM", table.value(row, "DECOM"), "The child " + child
                    + " has two episodes starting that day in this file (rows " + earlier + " and " + row.number() + "): row "
                    + row.number() + " is kept.", ImportProblem.Severity.REPAIR));
        }
        episodes.put(key, new EpisodeRow(child, start, table.value(row, "RNE"), table.value(row, "LS"), table.value(row, "CIN"),
                table.value(row, "PLACE"), blank(table.value(row, "PLACE_PROVIDER")), date(table, row, "DEC"), blank(table.value(row, "REC")),
                blank(table.value(row, "REASON_PLACE_CHANGE")), blank(table.value(row, "HOME_POST")), blank(table.value(row, "PL_POST")),
                blank(table.value(row, "URN")), year, path, row.number()));
    }

    private Stitched finish() {
        Map<String, List<EpisodeRow>> byChild = new TreeMap<>();
        for (EpisodeRow e : episodes.values()) {
            if (!children.containsKey(e.child())) {
                problems.add(new ImportProblem(e.file(), e.row(), "CHILD", e.child(), "The child is in no header file, so their episodes "
                        + "cannot be loaded.", ImportProblem.Severity.ERROR));
                continue;
            }
            byChild.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e);
        }
        byChild.values().forEach(this::repair);
        children.values().stream().filter(c -> !byChild.containsKey(c.ref())).peek(c -> dropAll("HEADER|" + c.ref()))
                .forEach(c -> problems.add(new ImportProblem(c.file(), c.row(),
                "CHILD", c.ref(), "The child has no episode in the files, so this header row is not loaded (a child's record is made "
                + "or brought up to date from the header only with their episodes).", ImportProblem.Severity.WARNING)));
        Map<String, LocalDate> uasc = new HashMap<>(uascCeased);
        uasc.keySet().retainAll(byChild.keySet());
        uascRows.values().stream().filter(u -> !byChild.containsKey(u.child())).peek(u -> dropAll("UASC|" + u.child()))
                .forEach(u -> problems.add(new ImportProblem(u.file(),
                u.row(), "CHILD", u.child(), "The child has no episode in the files, so their UASC row is not loaded.",
                ImportProblem.Severity.WARNING)));
        List<MissingRow> missingOfKnown = ofKnown(missing.values(), byChild.keySet(),
                "The child has no episode in the files, so their time missing cannot be loaded.");
        List<ReviewRow> reviewsOfKnown = ofKnown(reviews.values(), byChild.keySet(),
                "The child has no episode in the files, so their review cannot be loaded.");
        List<Oc3Row> oc3OfKnown = ofKnown(oc3.values(), children.keySet(), "The child is in no header file, so their birthday check "
                + "cannot be loaded.");
        String noEpisode = "The child has no episode in the files, so this row cannot be loaded.";
        Further further = new Further(ofKnown(oc2.values(), byChild.keySet(), noEpisode), ofKnown(placed.values(), byChild.keySet(), noEpisode),
                ofKnown(adopted.values(), byChild.keySet(), noEpisode),
                ofKnown(permanence.values(), children.keySet(), "The child is in no header file, so this row cannot be loaded."),
                ofKnown(socialWorkers.values(), children.keySet(), "The child is in no header file, so this row cannot be loaded."));
        return new Stitched(children, byChild, uasc, Set.copyOf(uasc.keySet()), missingOfKnown, reviewsOfKnown, oc3OfKnown, further,
                problems, dropped);
    }

    private void drop(String file, int row, String why) {
        dropped.put(file + ":" + row, why);
    }

    /** Every year's header (or UASC) row of a child with no episode in the files: none is loaded. */
    private void dropAll(String key) {
        rowsOf.getOrDefault(key, List.of()).forEach(at -> dropped.put(at, DROPPED_NO_EPISODE));
    }

    /** The rows about a known child; each of the others is an error on its row, for the reason given. */
    private <R extends FromFile> List<R> ofKnown(Collection<R> rows, Set<String> known, String reason) {
        List<R> kept = new ArrayList<>();
        for (R r : rows) {
            if (known.contains(r.child())) {
                kept.add(r);
            } else {
                problems.add(new ImportProblem(r.file(), r.row(), "CHILD", r.child(), reason, ImportProblem.Severity.ERROR));
            }
        }
        return kept;
    }

    /** The repair rules, in order, on one child's episodes (see the class's rules 4 to 7). */
    private void repair(List<EpisodeRow> childEpisodes) {
        childEpisodes.sort(Comparator.comparing(EpisodeRow::start));
        dropSuperseded(childEpisodes);
        endUnlisted(childEpisodes);
        closeOverlaps(childEpisodes);
        closeGapsAfterX1(childEpisodes);
    }

    /** The last day an episode is known to have lasted: its end, or the end of the last year whose file listed it open. */
    private static LocalDate knownEnd(EpisodeRow e) {
        return e.end() != null ? e.end() : e.knownTo().end();
    }

    /**
     * Rule 4: an earlier year's row that no later year's file lists, whose days a later year's episode covers, is a
     * stale row the later file has corrected (a changed start, an earlier end): it is dropped, not kept beside it.
     */
    private void dropSuperseded(List<EpisodeRow> childEpisodes) {
        List<EpisodeRow> dropped = new ArrayList<>();
        for (EpisodeRow stale : childEpisodes) {
            LocalDate staleEnd = knownEnd(stale);
            childEpisodes.stream().filter(later -> later.knownTo().compareTo(stale.knownTo()) > 0 && !dropped.contains(later)
                    && later.start().isBefore(staleEnd) && (later.end() == null || later.end().isAfter(stale.start())))
                    .findFirst().ifPresent(later -> {
                        dropped.add(stale);
                        drop(stale.file(), stale.row(), DROPPED_SUPERSEDED);
                        problems.add(new ImportProblem(stale.file(), stale.row(), "DECOM", Ssda903Check.DATE.format(stale.start()),
                                "The episode starting " + Ssda903Check.DATE.format(stale.start()) + " is not in the " + later.knownTo().label()
                                + " file, whose episode starting " + Ssda903Check.DATE.format(later.start()) + " (" + later.file() + " row "
                                + later.row() + ") covers the same days: the later file's episode is kept and this row is not loaded.",
                                ImportProblem.Severity.REPAIR));
                    });
        }
        childEpisodes.removeAll(dropped);
    }

    /**
     * Rule 5: an episode open at the end of its year that the next years' episodes files do not list (a child looked
     * after on 1 April is in that year's file) had ended: it ends on the last day of the last year that listed it, with
     * reason E8 (ceased for any other reason), for the analyst to confirm.
     */
    private void endUnlisted(List<EpisodeRow> childEpisodes) {
        for (int i = 0; i < childEpisodes.size(); i++) {
            EpisodeRow open = childEpisodes.get(i);
            CollectionYear known = open.knownTo();
            boolean laterFile = episodeYears.stream().anyMatch(y -> y.compareTo(known) > 0);
            if (open.end() == null && laterFile && !episodesLeftOut.contains(open.child() + "|" + open.start())) {
                LocalDate end = known.end();
                problems.add(new ImportProblem(open.file(), open.row(), "DEC", "", "The episode starting "
                        + Ssda903Check.DATE.format(open.start()) + " was open on " + Ssda903Check.DATE.format(end) + " but the later years' "
                        + "episodes files do not list it: it now ends that day, with reason E8; confirm the real end.",
                        ImportProblem.Severity.REPAIR));
                childEpisodes.set(i, open.endedOn(end, "E8"));
            }
        }
    }

    /**
     * Rule 6: an episode still open, or ending after the next starts, ends on the day the next starts with reason X1 (a
     * new episode follows); when the next is a new period of care (RNE S) it ends the day before, with reason E8, for
     * the analyst to confirm.
     */
    private void closeOverlaps(List<EpisodeRow> childEpisodes) {
        for (int i = 0; i + 1 < childEpisodes.size(); i++) {
            EpisodeRow current = childEpisodes.get(i);
            EpisodeRow following = childEpisodes.get(i + 1);
            LocalDate next = following.start();
            if (current.end() == null || current.end().isAfter(next)) {
                boolean newPeriod = "S".equals(following.reasonNew());
                LocalDate end = newPeriod && next.minusDays(1).isAfter(current.start()) ? next.minusDays(1) : next;
                String reason = newPeriod ? "E8" : "X1";
                problems.add(new ImportProblem(current.file(), current.row(), "DEC", current.end() == null ? "" : Ssda903Check.DATE.format(current.end()),
                        "The episode starting " + Ssda903Check.DATE.format(current.start()) + " was " + (current.end() == null ? "still open"
                                : "not yet ended") + " when the next one started on " + Ssda903Check.DATE.format(next) + (newPeriod
                                ? " as a new period of care (RNE S): it now ends on " + Ssda903Check.DATE.format(end) + ", with reason E8; "
                                + "confirm the real end." : ": it now ends that day, with reason X1."), ImportProblem.Severity.REPAIR));
                childEpisodes.set(i, current.endedOn(end, reason));
            }
        }
    }

    /**
     * Rule 7: an episode ended X1 (a new episode follows the same day) followed by a gap before the next episode, which
     * is not a new period of care (RNE other than S), is continuous care: it now ends when the next starts. When the next
     * is a new period (RNE S) the X1 is named (warning) and kept.
     */
    private void closeGapsAfterX1(List<EpisodeRow> childEpisodes) {
        for (int i = 0; i + 1 < childEpisodes.size(); i++) {
            EpisodeRow current = childEpisodes.get(i);
            EpisodeRow following = childEpisodes.get(i + 1);
            if (!"X1".equals(current.reasonCeased()) || current.end() == null || !current.end().isBefore(following.start())) {
                continue;
            }
            String ended = Ssda903Check.DATE.format(current.end());
            if ("S".equals(following.reasonNew())) {
                problems.add(new ImportProblem(current.file(), current.row(), "REC", "X1", "The episode ends on " + ended + " with reason X1 "
                        + "(a new episode follows the same day), but the next starts on " + Ssda903Check.DATE.format(following.start())
                        + " as a new period of care (RNE S): the X1 is kept; correct the reason.", ImportProblem.Severity.WARNING));
            } else {
                problems.add(new ImportProblem(current.file(), current.row(), "DEC", ended, "The episode ends on " + ended + " with reason X1 "
                        + "but the next starts only on " + Ssda903Check.DATE.format(following.start()) + " (RNE " + following.reasonNew()
                        + ", the same period of care): it now ends that day.", ImportProblem.Severity.REPAIR));
                childEpisodes.set(i, current.endedOn(following.start(), "X1"));
            }
        }
    }

    private static LocalDate date(CsvTable table, CsvTable.Row row, String column) {
        String value = table.value(row, column);
        return value.isEmpty() ? null : LocalDate.parse(value, Ssda903Check.DATE);
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}

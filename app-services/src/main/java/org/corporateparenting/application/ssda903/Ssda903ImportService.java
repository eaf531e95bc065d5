package org.corporateparenting.application.ssda903;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.infrastructure.persistence.LoadTargetRepository;

/**
 * Loads a council's SSDA903 files of one or more collection years (a ZIP with a folder per year) into its records:
 * every file checked ({@link Ssda903Check}), the years stitched into one history ({@link Ssda903Stitch}), then children,
 * episodes, UASC periods and times missing created or brought up to date by {@link Ssda903Merge}, reviews by
 * {@link Ssda903Reviews}, OC3 birthday checks by {@link Ssda903Oc3}, adoption journeys by {@link Ssda903Adoptions},
 * previous permanence by {@link Ssda903Permanence}, social worker episodes by {@link Ssda903SocialWorkers} and OC2 by
 * {@link Ssda903Oc2}, all in one transaction; values it takes but doubts (a review after the year end, a time missing
 * outside care) are warnings on their rows ({@link Ssda903Doubts}). Every phase runs before anything is refused, so one report names every
 * error, warning and repair of every file; a load with errors stores nothing unless the user chose to load the valid rows
 * only; a failure while storing stores nothing and is reported, not thrown. The same files loaded again change nothing. Performance analysts and administrators; the log names counts, never children.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903ImportService {

    private static final Logger LOG = Logger.getLogger(Ssda903ImportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    @EJB
    private LoadTargetRepository loadTargets;

    @Resource
    private SessionContext context;

    public ImportOutcome load(byte[] zip, boolean validRowsOnly) {
        return load(zip, validRowsOnly, LoadProgress.NONE);
    }

    /** As {@link #load(byte[], boolean)}, telling {@code progress} each step (in this thread). */
    public ImportOutcome load(byte[] zip, boolean validRowsOnly, LoadProgress progress) {
        return load(zip, null, validRowsOnly, progress);
    }

    /**
     * As {@link #load(byte[], boolean, LoadProgress)}; the upload may also be one XML return on its own
     * ({@link Ssda903Xml}), loaded as the return of {@code startYear}'s collection year (which a ZIP's folders give).
     */
    public ImportOutcome load(byte[] zip, Integer startYear, boolean validRowsOnly, LoadProgress progress) {
        long council = users.callerCouncilId();
        String laCode = em.find(Council.class, council).getLaCode();
        List<ImportProblem> notOurs = new ArrayList<>();
        Map<CollectionYear, Map<String, String>> read = Map.copyOf(new TreeMap<>(
                Ssda903Zip.byYear(zip, startYear, laCode, notOurs)));
        CouncilRows.Ours ours = CouncilRows.of(read, laCode);
        Map<CollectionYear, Map<String, String>> years = new TreeMap<>(ours.years());
        List<ImportProblem> problems = new ArrayList<>(notOurs);
        problems.addAll(ours.problems());
        problems.addAll(unsupportedYears(years));
        LoadClock clock = new LoadClock();
        Ssda903Stitch.Stitched stitched = checkAndStitch(years, problems, progress, clock).alsoLeftOut(ours.leftOut());
        // Every phase runs on the rows without errors even when the load will be refused, so that the first report names
        // every error a load of the valid rows only would (not one round of errors at a time); nothing is stored then.
        return outcomeOf(years, read, stitched, problems, validRowsOnly, council, progress, clock);
    }

    /** Whether an upload is one XML return on its own, not a ZIP: its collection year must be given, since no folder names it. */
    public static boolean isLoneXml(byte[] upload) {
        return Ssda903Zip.xml(upload);
    }

    /**
     * The first phases, which need no database: every file checked ({@link Ssda903Check}, its problems added to
     * {@code problems}), then the years stitched ({@link Ssda903Stitch}) without the rows and files that have errors.
     */
    static Ssda903Stitch.Stitched checkAndStitch(Map<CollectionYear, Map<String, String>> years, List<ImportProblem> problems,
            LoadProgress progress) {
        return checkAndStitch(years, problems, progress, new LoadClock());
    }

    private static Ssda903Stitch.Stitched checkAndStitch(Map<CollectionYear, Map<String, String>> years, List<ImportProblem> problems,
            LoadProgress progress, LoadClock clock) {
        int checked = 0;
        int files = Math.max(1, years.values().stream().mapToInt(Map::size).sum());
        for (Map.Entry<CollectionYear, Map<String, String>> year : years.entrySet()) {
            for (Map.Entry<String, String> file : year.getValue().entrySet()) {
                progress.reached(40 * checked++ / files, "Checking " + year.getKey().label() + "/" + file.getKey() + " (file " + checked
                        + " of " + files + ")");
                Ssda903Check.check(Map.of(file.getKey(), file.getValue()), year.getKey()).forEach(p -> problems.add(p.in(year.getKey().label())));
            }
        }
        clock.mark("check");
        progress.reached(40, "Stitching the years into one history");
        Set<String> skipped = new HashSet<>();
        problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR)
                .forEach(p -> skipped.add(p.row() <= 1 ? p.file() : p.file() + ":" + p.row()));
        Ssda903Stitch.Stitched stitched = Ssda903Stitch.stitch(years, skipped);
        problems.addAll(stitched.problems());
        clock.mark("stitch");
        return stitched;
    }

    /** Stores the stitched history (or refuses it) and counts how each file's rows ended ({@link LoadTotals}). */
    private ImportOutcome outcomeOf(Map<CollectionYear, Map<String, String>> years, Map<CollectionYear, Map<String, String>> read,
            Ssda903Stitch.Stitched stitched, List<ImportProblem> problems, boolean validRowsOnly, long council, LoadProgress progress,
            LoadClock clock) {
        try {
            ImportOutcome outcome = store(years, read, stitched, problems, validRowsOnly, council, progress, clock);
            return outcome.stored() ? outcome : outcome.withFiles(LoadTotals.of(read, outcome.problems(), stitched.dropped()));
        } catch (PersistenceException refused) {
            // A last resort: every value is checked before this, so the database refusing one is a fault here, not in
            // the files. Nothing is stored, and the log names the fault's kind, never the values.
            context.setRollbackOnly();
            LOG.warning(() -> "SSDA903 load for council " + council + " refused by the database (" + refused.getClass().getSimpleName() + ")");
            problems.add(new ImportProblem("", 0, "", "", "The records could not be stored (the database refused them), so nothing was "
                    + "stored. Send the report of this load to the system administrator.", ImportProblem.Severity.ERROR));
            return ImportOutcome.refused(problems).withFiles(LoadTotals.of(read, problems, stitched.dropped()));
        }
    }

    /**
     * Merges the stitched history into the council's records and stores it, unless it has errors and all rows were asked;
     * a stored load is recorded with what it made and changed ({@link LoadJournal}), so that it can be undone.
     */
    private ImportOutcome store(Map<CollectionYear, Map<String, String>> years, Map<CollectionYear, Map<String, String>> read,
            Ssda903Stitch.Stitched stitched, List<ImportProblem> problems, boolean validRowsOnly, long council, LoadProgress progress,
            LoadClock clock) {
        progress.reached(45, "Reading the council's records");
        Map<String, Child> children = existingChildren(council);
        Map<String, Episode> episodes = byKey(council, Episode.class, e -> e.getChild().getChildRef() + "|" + e.getStartDate());
        Map<String, MissingEpisode> missing = byKey(council, MissingEpisode.class, Ssda903Merge::key);
        Map<String, List<LookedAfterReview>> heldReviews = existingReviews(council);
        Map<String, CareLeaver> leavers = byKey(council, CareLeaver.class, l -> l.getChild().getChildRef());
        Map<String, BirthdayCheck> checks = existingChecks(council);
        Ssda903Further.Held heldFurther = new Ssda903Further.Held(existingJourneys(council),
                byKey(council, PreviousPermanence.class, p -> p.getChild().getChildRef()),
                byKey(council, SocialWorkerEpisode.class, w -> w.getChild().getChildRef() + "|" + w.getStartDate()),
                byKey(council, Oc2Return.class, o -> o.getChild().getChildRef() + "|" + o.getCollectionYear()),
                null);
        List<Object> held = new ArrayList<>(children.values());
        held.addAll(episodes.values());
        held.addAll(missing.values());
        heldReviews.values().forEach(held::addAll);
        held.addAll(leavers.values());
        held.addAll(checks.values());
        heldFurther.journeys().values().forEach(held::addAll);
        held.addAll(heldFurther.permanence().values());
        held.addAll(heldFurther.socialWorkers().values());
        held.addAll(heldFurther.oc2().values());
        LoadJournal journal = new LoadJournal(held);
        clock.mark("read");
        Ssda903Merge merge = new Ssda903Merge(em.getReference(Council.class, council), children, episodes, existingUasc(council), missing);
        progress.reached(50, "Bringing children, episodes, reviews and the other records up to date");
        List<Object> created = merge.apply(stitched);
        Map<String, List<Episode>> episodesByChild = Ssda903Reviews.byChild(Stream.concat(episodes.values().stream(),
                created.stream().filter(Episode.class::isInstance).map(Episode.class::cast)));
        Ssda903Reviews reviews = new Ssda903Reviews();
        created.addAll(reviews.apply(stitched.reviews(), children, episodesByChild, heldReviews));
        Ssda903Oc3 oc3 = new Ssda903Oc3();
        created.addAll(oc3.apply(stitched.oc3(), children, episodesByChild, leavers, checks));
        Ssda903Further further = new Ssda903Further();
        created.addAll(further.apply(stitched.further(), children, episodesByChild, new Ssda903Further.Held(heldFurther.journeys(),
                heldFurther.permanence(), heldFurther.socialWorkers(), heldFurther.oc2(), () -> histories(council, children, episodesByChild))));
        problems.addAll(Ssda903Doubts.of(stitched.reviews(), stitched.missing(), episodesByChild, LocalDate.now()));
        problems.addAll(reviews.problems());
        problems.addAll(oc3.problems());
        problems.addAll(further.problems());
        if (!validRowsOnly && problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            context.setRollbackOnly();
            return ImportOutcome.refused(problems);
        }
        clock.mark("merge");
        reviews.renumberSafely(em::flush);
        for (int i = 0; i < created.size(); i++) {
            if (i % 1000 == 0) {
                progress.reached(60 + 38 * i / created.size(), "Storing the new records (" + i + " of " + created.size() + ")");
            }
            em.persist(created.get(i));
        }
        progress.reached(98, "Writing to the database");
        em.flush();
        clock.mark("store");
        List<FileTotal> totals = LoadTotals.of(read, problems, stitched.dropped());
        LoadJournal.Written written = journal.written(em.getReference(Council.class, council), context.getCallerPrincipal().getName(),
                LocalDateTime.now(), read, totals, created);
        em.persist(written.load());
        em.flush();
        em.persist(written.loadEvent());
        written.changes().forEach(em::persist);
        em.flush();
        progress.reached(100, "Done");
        ImportOutcome outcome = merge.outcome(problems, reviews, oc3, further.counts()).withFiles(totals).withLoad(written.load().getId(),
                afterRecording(clock));
        LOG.info(() -> "SSDA903 load " + outcome.load() + " for council " + council + " (" + years.keySet() + "): " + outcome.childrenCreated()
                + " children created, " + outcome.childrenUpdated() + " updated; " + outcome.episodesCreated() + " episodes created, "
                + outcome.episodesUpdated() + " updated, " + outcome.episodesUnchanged() + " unchanged; " + outcome.errors()
                + " rows with errors left out; " + written.changes().size() + " records changed");
        return outcome;
    }

    private static Map<String, Long> afterRecording(LoadClock clock) {
        clock.mark("record");
        return clock.millis();
    }

    /**
     * The folders of collection years before the first read here ({@link CollectionYear#FIRST}; the layouts and code
     * lists of earlier years are not held): each of their files is an error naming the year, and is not read, so the
     * other years can be checked (and loaded, with only the valid rows) in the same pass.
     */
    private static List<ImportProblem> unsupportedYears(Map<CollectionYear, Map<String, String>> years) {
        List<ImportProblem> problems = new ArrayList<>();
        years.entrySet().removeIf(year -> {
            if (year.getKey().compareTo(CollectionYear.FIRST) >= 0) {
                return false;
            }
            year.getValue().keySet().forEach(file -> problems.add(new ImportProblem(year.getKey().label() + "/" + file, 0, "", "",
                    "The collection year " + year.getKey().label() + " is before the first year read here (" + CollectionYear.FIRST.label()
                    + "), so this file is not loaded: load " + CollectionYear.FIRST.label() + " onwards.", ImportProblem.Severity.ERROR)));
            return true;
        });
        return problems;
    }

    /** The council's records of a kind that belong to a child (read with the child), by the loader's key. */
    private <T> Map<String, T> byKey(long council, Class<T> type, Function<T, String> key) {
        Map<String, T> byKey = new HashMap<>();
        loadTargets.ofChildren(council, type).forEach(r -> byKey.put(key.apply(r), r));
        return byKey;
    }

    private Map<String, List<AdoptionJourney>> existingJourneys(long council) {
        Map<String, List<AdoptionJourney>> byChild = new HashMap<>();
        loadTargets.journeys(council).forEach(j -> byChild.computeIfAbsent(j.getChild().getChildRef(), c -> new ArrayList<>()).add(j));
        return byChild;
    }

    /** Each child's records as the OC2 figures read them: the children, their episodes after the merge, their health. */
    private Map<String, ChildHistory> histories(long council, Map<String, Child> children, Map<String, List<Episode>> episodes) {
        List<Object> records = new ArrayList<>(children.values());
        episodes.values().forEach(records::addAll);
        records.addAll(loadTargets.health(council));
        Map<String, ChildHistory> byRef = new HashMap<>();
        CouncilHistory.of(records, Map.of()).children().forEach(c -> byRef.put(c.child().getChildRef(), c));
        return byRef;
    }

    private Map<String, Child> existingChildren(long council) {
        Map<String, Child> byRef = new HashMap<>();
        loadTargets.children(council).forEach(c -> byRef.put(c.getChildRef(), c));
        return byRef;
    }

    private Map<String, List<LookedAfterReview>> existingReviews(long council) {
        Map<String, List<LookedAfterReview>> byChild = new HashMap<>();
        loadTargets.reviews(council).forEach(r -> byChild.computeIfAbsent(r.getChild().getChildRef(), c -> new ArrayList<>()).add(r));
        return byChild;
    }

    private Map<String, BirthdayCheck> existingChecks(long council) {
        Map<String, BirthdayCheck> byKey = new HashMap<>();
        // The care leavers and their children are already read (the care leavers above), so this reads no more per check.
        loadTargets.birthdayChecks(council).forEach(b -> byKey.put(b.getCareLeaver().getChild().getChildRef() + "|" + b.getBirthdayAge(), b));
        return byKey;
    }

    private Set<String> existingUasc(long council) {
        Set<String> refs = new HashSet<>();
        loadTargets.uascPeriods(council).forEach(u -> refs.add(u.getChild().getChildRef()));
        return refs;
    }
}

package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.indicator.ChildHistory;

/**
 * Loads the files after the episodes, reviews and OC3 in one order, for the service and the benchmark alike: adoption
 * ({@link Ssda903Adoptions}), previous permanence ({@link Ssda903Permanence}), social worker episodes
 * ({@link Ssda903SocialWorkers}) and OC2 ({@link Ssda903Oc2}; the children's records are gathered only when there
 * are OC2 rows). The records already held are given by kind, keyed as each loader says.
 */
final class Ssda903Further {

    /** What the council already holds of each kind; each map is added to as records are made. */
    record Held(Map<String, List<AdoptionJourney>> journeys, Map<String, PreviousPermanence> permanence,
            Map<String, SocialWorkerEpisode> socialWorkers, Map<String, Oc2Return> oc2, Supplier<Map<String, ChildHistory>> histories) {
    }

    private final Ssda903Adoptions adoptions = new Ssda903Adoptions();
    private final Ssda903Permanence permanence = new Ssda903Permanence();
    private final Ssda903SocialWorkers socialWorkers = new Ssda903SocialWorkers();
    private final Ssda903Oc2 oc2 = new Ssda903Oc2();

    /** The new records, in an order that can be stored. */
    List<Object> apply(Ssda903Stitch.Further rows, Map<String, Child> children, Map<String, List<Episode>> episodes, Held held) {
        List<Object> made = new ArrayList<>(adoptions.apply(rows.placed(), rows.adopted(), children, episodes, held.journeys()));
        made.addAll(permanence.apply(rows.permanence(), children, held.permanence()));
        made.addAll(socialWorkers.apply(rows.socialWorkers(), children, held.socialWorkers()));
        made.addAll(oc2.apply(rows.oc2(), children, rows.oc2().isEmpty() ? Map.of() : held.histories().get(), held.oc2()));
        return made;
    }

    List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>();
        List.of(adoptions, permanence, socialWorkers, oc2).forEach(loader -> all.addAll(loader.problems()));
        return all;
    }

    /** The counts by kind, as the load's outcome names them. */
    Map<String, ImportOutcome.Count> counts() {
        return Map.of("adoptionJourneys", adoptions.count(), "previousPermanence", permanence.count(), "socialWorkerEpisodes",
                socialWorkers.count(), "oc2Returns", oc2.count());
    }
}

package org.corporateparenting.application.ssda903;

import java.util.List;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * The case records one council's return is written from (any years; the writer picks the year's). {@code health}: the
 * health assessments and checks the OC2 figures are worked out from.
 */
public record Ssda903Records(List<Child> children, List<Episode> episodes, List<UascPeriod> uascPeriods,
        List<LookedAfterReview> reviews, List<BirthdayCheck> birthdayChecks, List<MissingEpisode> missing, List<?> health,
        List<Oc2Return> oc2Returns, List<AdoptionJourney> journeys, List<PreviousPermanence> permanence,
        List<SocialWorkerEpisode> socialWorkers) {
}

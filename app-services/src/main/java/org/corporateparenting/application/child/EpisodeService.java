package org.corporateparenting.application.child;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.corporateparenting.domain.episode.EpisodeRules;
import org.corporateparenting.domain.episode.PlacementMatch;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.HouseholdRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * Recording a child's care episodes (SSDA903): adding, correcting and removing them. Every change is
 * checked against all the child's other episodes by {@link EpisodeRules}, so the history can never
 * overlap or break the continuity rules, and is written to the audit trail. A foster placement with a household must
 * also be admitted by the household's approval on its first day ({@link PlacementMatch}: places, ages, a connected
 * person's named children) or carry a documented exemption; a correction that keeps the household and the start date
 * is not checked again and keeps its exemption. Practitioners read
 * episodes; only {@link Role#CASE_RECORDERS} record and correct them (analysts and IROs read).
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class EpisodeService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ChildService children;

    @EJB
    private ChildRepository repository;

    @EJB
    private RecordStore store;

    @EJB
    private HouseholdRepository households;

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public EpisodeView add(long childId, EpisodeDetails details) {
        Child child = children.childOfCaller(childId);
        FosterHousehold household = householdFor(child, details);
        RuleViolation.throwIfAny(EpisodeRules.check(child, details, repository.episodesOf(childId), household,
                LocalDate.now()));
        checkPlacement(child, details, household, repository.episodesOf(childId));
        Episode episode = new Episode(child, details.startDate(), details.reasonNew(), details.legalStatus(),
                details.categoryOfNeed(), details.placementType());
        episode.revise(details, household);
        return EpisodeView.of(store.add(episode, childId));
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public EpisodeView revise(long episodeId, int openedVersion, EpisodeDetails details) {
        Episode stored = episodeOfCaller(episodeId);
        store.requireOpened(Episode.class, episodeId, openedVersion);
        Child child = stored.getChild();
        FosterHousehold household = householdFor(child, details);
        List<Episode> others = repository.episodesOf(child.getId()).stream()
                .filter(e -> !Objects.equals(e.getId(), episodeId)).toList();
        RuleViolation.throwIfAny(EpisodeRules.check(child, details, others, household, LocalDate.now()));
        boolean samePlacement = household != null && stored.getHousehold() != null
                && Objects.equals(stored.getHousehold().getId(), household.getId())
                && Objects.equals(stored.getStartDate(), details.startDate());
        EpisodeDetails kept = details;
        if (samePlacement && details.exemption() == null) {
            kept = details.withExemption(stored.getExemption() == null ? null : stored.getExemption().details());
        } else {
            checkPlacement(child, details, household, others);
        }
        EpisodeDetails revised = kept;
        return EpisodeView.of(store.change(Episode.class, episodeId, openedVersion, child.getId(),
                e -> e.revise(revised, household)));
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public void remove(long episodeId, int openedVersion) {
        Episode stored = episodeOfCaller(episodeId);
        store.remove(Episode.class, episodeId, openedVersion, stored.getChild().getId());
    }

    public List<EpisodeView> episodesOf(long childId) {
        children.childOfCaller(childId);
        return repository.episodesOf(childId).stream().map(EpisodeView::of).toList();
    }

    private Episode episodeOfCaller(long episodeId) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null) {
            throw new RecordNotFound("episode", episodeId);
        }
        children.childOfCaller(episode.getChild().getId());
        return episode;
    }

    /**
     * The household's approval on the placement's first day, counting the children placed there that day with this one.
     * An episode that only continues the child's placement there (the one before ends that day with the same household,
     * as after a change of legal status) is no new placement and is not checked.
     */
    private void checkPlacement(Child child, EpisodeDetails d, FosterHousehold household, List<Episode> childEpisodes) {
        if (household == null || childEpisodes.stream().anyMatch(e -> Objects.equals(e.getEndDate(), d.startDate())
                && e.getHousehold() != null && Objects.equals(e.getHousehold().getId(), household.getId()))) {
            return;
        }
        LocalDate on = d.startDate();
        ApprovalTerms terms = households.termsOn(List.of(household), on).get(household.getId());
        long others = households.placementsOn(household.getId(), on).stream().map(e -> e.getChild().getId())
                .filter(id -> !Objects.equals(id, child.getId())).distinct().count();
        RuleViolation.throwIfAny(PlacementMatch.check(household, terms, on, child.ageOn(on),
                households.isNamed(household.getId(), child.getId()), others, d.exemption(), LocalDate.now()));
    }

    private FosterHousehold householdFor(Child child, EpisodeDetails details) {
        if (details.householdId() == null) {
            return null;
        }
        FosterHousehold household = em.find(FosterHousehold.class, details.householdId());
        if (household == null || household.getCouncil().getId() != child.getCouncil().getId()) {
            throw RuleViolation.of("householdId", "The council has no fostering household " + details.householdId() + ".");
        }
        return household;
    }
}

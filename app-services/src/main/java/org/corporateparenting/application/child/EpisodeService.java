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
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * Recording a child's care episodes (SSDA903): adding, correcting and removing them. Every change is
 * checked against all the child's other episodes by {@link EpisodeRules}, so the history can never
 * overlap or break the continuity rules, and is written to the audit trail. Practitioners read episodes; only {@link Role#CASE_RECORDERS} record and
 * correct them (analysts and IROs read).
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

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public EpisodeView add(long childId, EpisodeDetails details) {
        Child child = children.childOfCaller(childId);
        FosterHousehold household = householdFor(child, details);
        RuleViolation.throwIfAny(EpisodeRules.check(child, details, repository.episodesOf(childId), household,
                LocalDate.now()));
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
        return EpisodeView.of(store.change(Episode.class, episodeId, openedVersion, child.getId(),
                e -> e.revise(details, household)));
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

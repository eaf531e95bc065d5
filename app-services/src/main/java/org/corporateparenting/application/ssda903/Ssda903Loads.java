package org.corporateparenting.application.ssda903;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.ssda903.load.LoadedRecords;
import org.corporateparenting.domain.ssda903.load.Ssda903Load;
import org.corporateparenting.infrastructure.persistence.RecordImage;
import org.corporateparenting.infrastructure.persistence.Revert;

/**
 * The council's SSDA903 loads (newest first) and undoing the most recent (issue 18): a load of a collection year can be
 * undone when it is the council's most recent load still stored (a later load must be undone first) and no record it made
 * or changed has been changed since (each still has the version the load left; a record changed on a screen or by a
 * later load moves its version on). Undoing puts every record it changed back to its values before the load (written
 * to the audit trail as an UPDATE by the user undoing it), removes every record it made, and marks the load UNDONE, all
 * in one transaction: a record added since that hangs on one it made (a health check of a child it made, say) makes the
 * database refuse, and nothing is undone. Performance analysts and administrators, for their own council.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903Loads {

    private static final Logger LOG = Logger.getLogger(Ssda903Loads.class.getName());
    private static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    @Resource
    private SessionContext context;

    public List<LoadSummary> loads() {
        return em.createQuery("select l from Ssda903Load l where l.council.id = :c order by l.loadedAt desc, l.id desc", Ssda903Load.class)
                .setParameter("c", users.callerCouncilId()).setMaxResults(200).getResultStream().map(Ssda903Loads::summary).toList();
    }

    /** Undoes the council's most recent stored load, which must have loaded the collection year starting {@code startYear}. */
    public LoadSummary undoLatest(int startYear) {
        long council = users.callerCouncilId();
        List<Ssda903Load> stored = em.createQuery("""
                select l from Ssda903Load l where l.council.id = :c and l.state = :stored order by l.loadedAt desc, l.id desc""",
                Ssda903Load.class).setParameter("c", council).setParameter("stored", Ssda903Load.State.STORED).setMaxResults(1000)
                .getResultList();
        String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        Ssda903Load latest = stored.stream().filter(l -> l.covers(startYear)).findFirst()
                .orElseThrow(() -> RuleViolation.of("year", "No stored load of " + year + " to undo."));
        if (latest != stored.get(0)) {
            Ssda903Load later = stored.get(0);
            throw RuleViolation.of("year", "A later load (load " + later.getId() + " of " + later.getLoadedAt() + " by " + later.getLoadedBy()
                    + ") is stored after the load of " + year + ": undo it first.");
        }
        LoadedRecords made = latest.made();
        LoadedRecords changed = latest.changed();
        Map<String, Class<?>> types = entityTypes();
        List<String> since = changedSince(made, types);
        since.addAll(changedSince(changed, types));
        if (!since.isEmpty()) {
            throw RuleViolation.of("year", since.size() + " of the records the load made or changed have been changed since (" + since.get(0)
                    + (since.size() > 1 ? ", ..." : "") + "), so it cannot be undone as a whole.");
        }
        String user = context.getCallerPrincipal().getName();
        LocalDateTime now = LocalDateTime.now();
        for (LoadedRecords.Entry e : changed.entries()) {
            Object record = em.find(types.get(e.type()), e.id());
            RecordImage image = RecordImage.of(record);
            Revert.undo(record, e.changes(), id -> null);
            String back = image.changes();
            if (!back.isEmpty()) {
                em.persist(new AuditEvent(now, user, AuditAction.UPDATE, e.type(), e.id(), LoadJournal.childOf(record), back));
            }
        }
        em.flush();
        // The records put back take the version they had before the load too: they are as they were then, so an earlier
        // load that left them at that version can still be undone, and a copy opened before the load may still be saved.
        for (LoadedRecords.Entry e : changed.entries()) {
            em.createQuery("update " + types.get(e.type()).getSimpleName() + " e set e.version = :v where e.id = :id")
                    .setParameter("v", e.before()).setParameter("id", e.id()).executeUpdate();
        }
        try {
            removeMade(made, types);
        } catch (PersistenceException refused) {
            context.setRollbackOnly();
            throw RuleViolation.of("year", "Records added since hang on records the load made (the database refused to remove them), "
                    + "so nothing was undone.");
        }
        latest.undone(user, now);
        em.persist(new AuditEvent(now, user, AuditAction.UPDATE, "Ssda903Load", latest.getId(), null, "state: STORED -> UNDONE"));
        em.flush();
        LOG.info(() -> "SSDA903 load " + latest.getId() + " of council " + council + " undone: " + made.size() + " records removed, "
                + changed.size() + " put back");
        return summary(latest);
    }

    /** "Episode 1234" for each record whose version is no longer the one the load left (or which is gone). */
    private List<String> changedSince(LoadedRecords records, Map<String, Class<?>> types) {
        List<String> moved = new ArrayList<>();
        Map<String, Map<Long, Integer>> byType = new LinkedHashMap<>();
        records.entries().forEach(e -> byType.computeIfAbsent(e.type(), t -> new HashMap<>()).put(e.id(), e.version()));
        byType.forEach((type, versions) -> {
            List<Long> ids = new ArrayList<>(versions.keySet());
            Map<Long, Integer> now = new HashMap<>();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                em.createQuery("select e.id, e.version from " + types.get(type).getSimpleName() + " e where e.id in :ids", Object[].class)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultStream()
                        .forEach(row -> now.put((Long) row[0], (Integer) row[1]));
            }
            versions.forEach((id, version) -> {
                if (!version.equals(now.get(id))) {
                    moved.add(type + " " + id);
                }
            });
        });
        return moved;
    }

    /** Removes the records made, the kinds made last first (episodes before their children). */
    private void removeMade(LoadedRecords made, Map<String, Class<?>> types) {
        Map<String, List<Long>> byType = new LinkedHashMap<>();
        made.entries().forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.id()));
        for (String type : removalOrder(byType.keySet(), types)) {
            List<Long> ids = byType.get(type);
            for (int i = 0; i < ids.size(); i += CHUNK) {
                em.createQuery("delete from " + types.get(type).getSimpleName() + " e where e.id in :ids")
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).executeUpdate();
            }
        }
    }

    /**
     * The kinds in an order they can be removed in: a kind that refers to another (an episode to its child, a birthday
     * check to its care leaver) before the kind it refers to, as the entities' references say.
     */
    private List<String> removalOrder(Set<String> kinds, Map<String, Class<?>> types) {
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String kind : kinds) {
            Set<String> targets = new HashSet<>();
            em.getMetamodel().entity(types.get(kind)).getSingularAttributes().forEach(a -> {
                String target = a.getJavaType().getSimpleName();
                if (kinds.contains(target) && !target.equals(kind)) {
                    targets.add(target);
                }
            });
            refersTo.put(kind, targets);
        }
        List<String> order = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(kinds);
        while (!left.isEmpty()) {
            String next = left.stream().filter(k -> left.stream().noneMatch(other -> refersTo.get(other).contains(k))).findFirst()
                    .orElse(left.iterator().next());
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    private Map<String, Class<?>> entityTypes() {
        Map<String, Class<?>> types = new HashMap<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            types.put(type.getJavaType().getSimpleName(), type.getJavaType());
        }
        return types;
    }

    private static LoadSummary summary(Ssda903Load l) {
        return new LoadSummary(l.getId(), l.getLoadedAt(), l.getLoadedBy(), l.getYears(), l.getFiles(), l.getTotals(), l.getMadeCount(),
                l.getChangedCount(), l.getState().name(), l.getUndoneAt(), l.getUndoneBy());
    }
}

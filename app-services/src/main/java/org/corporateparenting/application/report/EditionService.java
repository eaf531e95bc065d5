package org.corporateparenting.application.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.report.ReportEdition;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.infrastructure.persistence.EditionRepository;
import org.corporateparenting.report.Format;

/**
 * Published report editions: kept exactly as published (every format of one edition at once, numbered on from the
 * period's last edition), listed, and downloaded byte for byte. Every board reader may read editions; they are
 * kept by the services that publish them, for their own publishers.
 */
@Stateless
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class EditionService {

    private static final Logger LOG = Logger.getLogger(EditionService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @EJB
    private CouncilRecords records;

    @EJB
    private EditionRepository repository;

    /**
     * Keeps the files as the period's next edition, all with the same number, publisher and time. Any practitioner's
     * call may arrive here: the report's own service has already checked that the caller publishes that report (the pack:
     * analysts; an annual report: its team, analysts, administrators).
     */
    @RolesAllowed(Role.PRACTITIONER)
    public List<EditionView> keep(ReportKind kind, String period, String builtFrom, Map<Format, byte[]> files) {
        Council council = em.getReference(Council.class, users.callerCouncilId());
        int edition = 1 + repository.lastEdition(council.getId(), kind, period);
        String publisher = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        List<EditionView> kept = new ArrayList<>();
        for (Format format : Format.values()) {
            if (files.containsKey(format)) {
                ReportEdition e = new ReportEdition(council, kind, period, edition, format.name(), builtFrom, files.get(format), publisher, now);
                em.persist(e);
                kept.add(view(e));
            }
        }
        LOG.info(() -> kind + " " + period + " edition " + edition + " published by " + publisher + " (council " + council.getId() + ")");
        return kept;
    }

    /** The council's published editions, newest first. */
    public List<EditionView> editions() {
        return em.createQuery("select new " + EditionView.class.getName() + "(e.id, e.kind, e.period, e.edition, e.format, e.builtFrom, "
                + "e.sizeBytes, e.sha256, e.publishedBy, e.publishedAt) from ReportEdition e where e.council.id = :c "
                + "order by e.publishedAt desc, e.period desc, e.edition desc, e.format desc", EditionView.class)
                .setParameter("c", users.callerCouncilId()).getResultList();
    }

    /** A published edition's file, exactly as published. */
    public EditionFile file(long id) {
        ReportEdition e = records.find(ReportEdition.class, id, "Report edition");
        return new EditionFile(view(e).fileName(), Format.valueOf(e.getFormat()).mediaType(), e.getContent());
    }

    /** The newest edition of a report's latest period in a format, if one has been published. */
    public Optional<EditionFile> latest(ReportKind kind, Format format) {
        return repository.latest(users.callerCouncilId(), kind, format.name()).map(this::file);
    }

    /** Whether any edition of a report has been published for the period. */
    public boolean isPublished(ReportKind kind, String period) {
        return repository.lastEdition(users.callerCouncilId(), kind, period) > 0;
    }

    /** The newest edition published for one period of a report in a format, if any: what the board's pack link serves. */
    public Optional<EditionFile> published(ReportKind kind, String period, Format format) {
        return repository.newestOf(users.callerCouncilId(), kind, period, format.name()).map(this::file);
    }

    private static EditionView view(ReportEdition e) {
        return new EditionView(e.getId(), e.getKind(), e.getPeriod(), e.getEdition(), e.getFormat(), e.getBuiltFrom(), e.getSizeBytes(),
                e.getSha256(), e.getPublishedBy(), e.getPublishedAt());
    }
}

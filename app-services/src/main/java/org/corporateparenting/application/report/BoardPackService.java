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
import java.util.Optional;
import java.util.logging.Logger;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.report.ReportEdition;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.pack.BoardPack;
import org.corporateparenting.report.pack.BoardPackReport;

/**
 * The monthly Corporate Parenting performance pack: a draft rendered on request from the month's published
 * figures, and published editions (PDF and Word) kept unchanged with who published them and when. The pack
 * always withholds small numbers, whoever asks, because it leaves the system. Before publishing, the pack is
 * reconciled ({@link PackReconciliation}) and a failure stops it. Every board reader may read packs; performance
 * analysts and administrators publish them.
 */
@Stateless
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class BoardPackService {

    private static final Logger LOG = Logger.getLogger(BoardPackService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @EJB
    private DatasetService dataset;

    @EJB
    private CouncilRecords records;

    /** A draft of the month's pack from its latest revision, not kept. */
    public EditionFile draft(String month, Format format) {
        BoardPack pack = pack(month);
        return new EditionFile("board-pack-" + month + "-draft." + format.extension(), format.mediaType(), BoardPackReport.render(pack, format));
    }

    /** What reconciliation finds wrong with the month's pack (empty when it may be published). */
    public List<String> check(String month) {
        BoardSummary summary = dataset.summaryForPublication(month);
        return PackReconciliation.failures(summary.dataset(), BoardPackBuilder.build(summary, councilName()));
    }

    /** Publishes the month's pack as the next edition, in PDF and Word, after reconciliation passes. */
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    public List<EditionView> publish(String month) {
        BoardSummary summary = dataset.summaryForPublication(month);
        BoardPack pack = BoardPackBuilder.build(summary, councilName());
        List<String> failures = PackReconciliation.failures(summary.dataset(), pack);
        if (!failures.isEmpty()) {
            throw new RuleViolation(failures.stream().map(f -> new FieldError("pack", f)).toList());
        }
        Council council = em.getReference(Council.class, users.callerCouncilId());
        String period = summary.dataset().month();
        int edition = 1 + em.createQuery("select coalesce(max(e.edition), 0) from ReportEdition e where e.council.id = :c and e.kind = :k "
                + "and e.period = :p", Integer.class).setParameter("c", council.getId()).setParameter("k", ReportKind.BOARD_PACK)
                .setParameter("p", period).getSingleResult();
        String builtFrom = "Dataset " + period + " revision " + summary.dataset().revision();
        String publisher = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        List<EditionView> published = new ArrayList<>();
        for (Format format : Format.values()) {
            ReportEdition e = new ReportEdition(council, ReportKind.BOARD_PACK, period, edition, format.name(), builtFrom,
                    BoardPackReport.render(pack, format), publisher, now);
            em.persist(e);
            published.add(view(e));
        }
        LOG.info(() -> "Board pack " + period + " edition " + edition + " published by " + publisher + " (council " + council.getId() + ")");
        return published;
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
        EditionView view = view(e);
        return new EditionFile(view.fileName(), Format.valueOf(e.getFormat()).mediaType(), e.getContent());
    }

    /** The newest edition of the latest published month's pack in a format, if one has been published. */
    public Optional<EditionFile> latest(Format format) {
        return em.createQuery("select e.id from ReportEdition e where e.council.id = :c and e.kind = :k and e.format = :f "
                + "order by e.period desc, e.edition desc", Long.class).setParameter("c", users.callerCouncilId())
                .setParameter("k", ReportKind.BOARD_PACK).setParameter("f", format.name()).setMaxResults(1).getResultStream()
                .findFirst().map(this::file);
    }

    private BoardPack pack(String month) {
        return BoardPackBuilder.build(dataset.summaryForPublication(month), councilName());
    }

    private String councilName() {
        return em.find(Council.class, users.callerCouncilId()).getName();
    }

    private static EditionView view(ReportEdition e) {
        return new EditionView(e.getId(), e.getKind(), e.getPeriod(), e.getEdition(), e.getFormat(), e.getBuiltFrom(), e.getSizeBytes(),
                e.getSha256(), e.getPublishedBy(), e.getPublishedAt());
    }
}

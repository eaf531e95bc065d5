package org.corporateparenting.application.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
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
 * analysts and administrators publish them, kept by {@link EditionService}.
 */
@Stateless
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class BoardPackService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    @EJB
    private DatasetService dataset;

    @EJB
    private EditionService editions;

    /** A draft of the month's pack from its latest revision, not kept. */
    public EditionFile draft(String month, Format format) {
        BoardPack pack = pack(month);
        return new EditionFile("board-pack-" + month + "-draft." + format.extension(), format.mediaType(), BoardPackReport.render(pack, format));
    }

    /**
     * The month's pack as last published, byte for byte: what the board's pack link serves, so a board opening it
     * together reads the stored edition instead of rendering it afresh on every click.
     */
    public EditionFile published(String month, Format format) {
        String period = DatasetService.monthOf(month);
        return editions.published(ReportKind.BOARD_PACK, period, format).orElseThrow(() -> new RecordNotFound(
                "No board pack has been published for " + period + " yet."));
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
        String period = summary.dataset().month();
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            files.put(format, BoardPackReport.render(pack, format));
        }
        return editions.keep(ReportKind.BOARD_PACK, period, "Dataset " + period + " revision " + summary.dataset().revision(), files);
    }

    private BoardPack pack(String month) {
        return BoardPackBuilder.build(dataset.summaryForPublication(month), councilName());
    }

    private String councilName() {
        return em.find(Council.class, users.callerCouncilId()).getName();
    }
}

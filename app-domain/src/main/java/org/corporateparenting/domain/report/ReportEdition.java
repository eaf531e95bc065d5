package org.corporateparenting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A published edition of a report: the file exactly as it was published, with who published it, when, and what
 * it was built from. Editions are never changed or replaced: publishing again makes the next edition, so a
 * paper read at a board meeting can always be downloaded again unchanged, and its SHA-256 proves it.
 */
@Entity
@Table(name = "report_edition")
public class ReportEdition extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportKind kind;

    /** The period covered: a month ("2026-10") or a financial year ("2025-26"). */
    @Column(nullable = false, length = 10)
    private String period;

    @Column(nullable = false)
    private int edition;

    /** PDF or DOCX. */
    @Column(name = "file_format", nullable = false, length = 10)
    private String format;

    @Column(name = "built_from", nullable = false, length = 200)
    private String builtFrom;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ReportEdition() {
    }

    public ReportEdition(Council council, ReportKind kind, String period, int edition, String format, String builtFrom, byte[] content,
            String publishedBy, Instant publishedAt) {
        this.council = Objects.requireNonNull(council);
        this.kind = Objects.requireNonNull(kind);
        this.period = Objects.requireNonNull(period);
        this.edition = edition;
        this.format = Objects.requireNonNull(format);
        this.builtFrom = Objects.requireNonNull(builtFrom);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getPeriod() {
        return period;
    }

    public int getEdition() {
        return edition;
    }

    public String getFormat() {
        return format;
    }

    public String getBuiltFrom() {
        return builtFrom;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}

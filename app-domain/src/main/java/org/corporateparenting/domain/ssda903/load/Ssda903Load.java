package org.corporateparenting.domain.ssda903.load;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Recorded;

/**
 * One stored SSDA903 load of a council (issue 18, "loads are audited"): who loaded it and when, the collection years
 * and files (each with the SHA-256 of its text), the report's totals per file, and what it did to the records: the
 * records it made and the records it changed, each with its version after the load (and, for a change, the fields'
 * old and new values as the audit trail writes them), packed by {@link LoadedRecords}. A load is STORED until it is
 * undone (UNDONE, with who and when); only the council's most recent stored load can be undone, and only while no
 * record it made or changed has been changed since (its version is still the one the load left).
 */
@Entity
@Table(name = "ssda903_load")
public class Ssda903Load extends Recorded {

    /** Whether the load's records are as it left them or it has been undone. */
    public enum State { STORED, UNDONE }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 60)
    private String loadedBy;

    /** The collection years' first years, as "2023,2024". */
    @Column(nullable = false, length = 200)
    private String years;

    @Column(nullable = false, length = 8000)
    private String files;

    @Column(nullable = false, length = 8000)
    private String totals;

    @Column(nullable = false)
    private byte[] made;

    @Column(nullable = false)
    private byte[] changed;

    @Column(name = "made_count", nullable = false)
    private int madeCount;

    @Column(name = "changed_count", nullable = false)
    private int changedCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "undone_at")
    private LocalDateTime undoneAt;

    @Column(name = "undone_by", length = 60)
    private String undoneBy;

    protected Ssda903Load() {
    }

    public Ssda903Load(Council council, LocalDateTime loadedAt, String loadedBy, List<Integer> years, String files, String totals,
            LoadedRecords made, LoadedRecords changed) {
        this.council = Objects.requireNonNull(council);
        this.loadedAt = Objects.requireNonNull(loadedAt);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.years = String.join(",", years.stream().map(String::valueOf).toList());
        this.files = cut(files);
        this.totals = cut(totals);
        this.made = made.packed();
        this.changed = changed.packed();
        this.madeCount = made.size();
        this.changedCount = changed.size();
        this.state = State.STORED;
    }

    /** Marks the load undone; its records are put back by the caller in the same transaction. */
    public void undone(String by, LocalDateTime at) {
        if (state == State.UNDONE) {
            throw new IllegalStateException("The load was already undone");
        }
        this.state = State.UNDONE;
        this.undoneBy = Objects.requireNonNull(by);
        this.undoneAt = Objects.requireNonNull(at);
    }

    private static String cut(String text) {
        return text.length() <= 8000 ? text : text.substring(0, 7997) + "...";
    }

    public boolean covers(int startYear) {
        return Arrays.stream(years.split(",")).anyMatch(y -> y.equals(String.valueOf(startYear)));
    }

    public Council getCouncil() {
        return council;
    }

    public LocalDateTime getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public String getYears() {
        return years;
    }

    public String getFiles() {
        return files;
    }

    public String getTotals() {
        return totals;
    }

    public LoadedRecords made() {
        return LoadedRecords.unpack(made);
    }

    public LoadedRecords changed() {
        return LoadedRecords.unpack(changed);
    }

    public int getMadeCount() {
        return madeCount;
    }

    public int getChangedCount() {
        return changedCount;
    }

    public State getState() {
        return state;
    }

    public LocalDateTime getUndoneAt() {
        return undoneAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }
}

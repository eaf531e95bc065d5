package org.corporateparenting.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A course a household's carer completed. The Training, Support and Development Standards for Foster Care (DfE,
 * 2012) are to be completed within 12 months of approval, or 18 months for family and friends (connected person)
 * carers; {@link #TSD_MONTHS} and {@link #TSD_MONTHS_CONNECTED}.
 */
@Entity
@Table(name = "carer_training")
public class CarerTraining extends Recorded {

    /** The courses the service records; TSD_STANDARDS is the one with a deadline. */
    public static final List<String> COURSES = List.of("SKILLS_TO_FOSTER", "TSD_STANDARDS", "SAFEGUARDING", "FIRST_AID",
            "ATTACHMENT_AND_TRAUMA", "MANAGING_ALLEGATIONS", "OTHER");
    public static final String TSD = "TSD_STANDARDS";

    /** Each course in words. */
    public static String label(String course) {
        return switch (course) {
            case "SKILLS_TO_FOSTER" -> "Skills to Foster";
            case "TSD_STANDARDS" -> "TSD standards";
            case "FIRST_AID" -> "First aid";
            case "ATTACHMENT_AND_TRAUMA" -> "Attachment and trauma";
            case "MANAGING_ALLEGATIONS" -> "Managing allegations";
            default -> course.charAt(0) + course.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
        };
    }
    public static final int TSD_MONTHS = 12;
    public static final int TSD_MONTHS_CONNECTED = 18;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private FosterHousehold household;

    @Column(name = "carer_name", nullable = false, length = 80)
    private String carerName;

    @Column(nullable = false, length = 30)
    private String course;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    protected CarerTraining() {
    }

    public CarerTraining(FosterHousehold household, String carerName, String course, LocalDate completedOn) {
        this.household = Objects.requireNonNull(household);
        this.carerName = Objects.requireNonNull(carerName);
        this.course = Objects.requireNonNull(course);
        this.completedOn = Objects.requireNonNull(completedOn);
    }

    /** The day by which a household's carers are to have completed the TSD standards. */
    public static LocalDate tsdDueFor(FosterHousehold household) {
        return household.getApprovedOn().plusMonths(household.getType() == HouseholdType.CONNECTED_PERSON ? TSD_MONTHS_CONNECTED : TSD_MONTHS);
    }

    public String getCarerName() {
        return carerName;
    }

    public String getCourse() {
        return course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}

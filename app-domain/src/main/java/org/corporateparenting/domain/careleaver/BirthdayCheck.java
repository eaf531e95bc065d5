package org.corporateparenting.domain.careleaver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * The OC3 check recorded around a care leaver's 17th to 21st birthday: in touch, activity and
 * accommodation as they were on the birthday. One per birthday; it is what the annual return reports.
 */
@Entity
@Table(name = "birthday_check")
public class BirthdayCheck extends Recorded {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_leaver_id")
    private CareLeaver careLeaver;

    @Column(name = "birthday_age", nullable = false)
    private int birthdayAge;

    @Column(nullable = false)
    private LocalDate birthday;

    @Column(name = "in_touch", nullable = false, length = 4)
    private String inTouch;

    @Column(nullable = false, length = 2)
    private String activity;

    @Column(nullable = false, length = 2)
    private String accommodation;

    protected BirthdayCheck() {
    }

    public BirthdayCheck(CareLeaver careLeaver, int birthdayAge, LocalDate birthday, String inTouch, String activity,
            String accommodation) {
        this.careLeaver = Objects.requireNonNull(careLeaver);
        this.birthdayAge = birthdayAge;
        this.birthday = Objects.requireNonNull(birthday);
        this.inTouch = Objects.requireNonNull(inTouch);
        this.activity = Objects.requireNonNull(activity);
        this.accommodation = Objects.requireNonNull(accommodation);
    }

    public CareLeaver getCareLeaver() {
        return careLeaver;
    }

    public int getBirthdayAge() {
        return birthdayAge;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public String getInTouch() {
        return inTouch;
    }

    public String getActivity() {
        return activity;
    }

    public String getAccommodation() {
        return accommodation;
    }
}

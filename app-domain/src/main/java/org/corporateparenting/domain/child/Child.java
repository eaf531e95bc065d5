package org.corporateparenting.domain.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.Recorded;

/**
 * A child known to the council's children's services. The identifying fields follow the SSDA903
 * header: the council's own child identifier (CHILD), sex (1 male, 2 female), date of birth,
 * ethnicity code and unique pupil number. The child reference is unique within a council.
 * Names and dates of birth are personal data: they are shown only to practitioner roles and never
 * written to logs.
 */
@Entity
@Table(name = "child", uniqueConstraints = @UniqueConstraint(columnNames = {"council_id", "child_ref"}))
public class Child extends Recorded implements HeldByCouncil {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(name = "child_ref", nullable = false, length = 20)
    private String childRef;

    @Column(length = 13)
    private String upn;

    @Column(nullable = false, length = 60)
    private String forename;

    @Column(nullable = false, length = 60)
    private String surname;

    @Column(nullable = false, length = 1)
    private String sex;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false, length = 4)
    private String ethnicity;

    @Column(name = "home_postcode", length = 8)
    private String homePostcode;

    @Column(name = "nhs_number", length = 10)
    private String nhsNumber;

    /** SSDA903 MOTHER: 1 when the child is a mother, 0 when not; blank when not recorded. */
    @Column(length = 1)
    private String mother;

    /** SSDA903 MC_DOB: the date of birth of the child's own child, when she is a mother. */
    @Column(name = "mothers_child_born_on")
    private LocalDate mothersChildBornOn;

    protected Child() {
    }

    public Child(Council council, String childRef, String forename, String surname, String sex,
            LocalDate dateOfBirth, String ethnicity) {
        this.council = Objects.requireNonNull(council, "Council is required.");
        this.childRef = Objects.requireNonNull(childRef, "Child reference is required.");
        this.forename = Objects.requireNonNull(forename, "Forename is required.");
        this.surname = Objects.requireNonNull(surname, "Surname is required.");
        if (!"1".equals(sex) && !"2".equals(sex)) {
            throw new IllegalArgumentException("Sex must be 1 (male) or 2 (female), as in SSDA903.");
        }
        this.sex = sex;
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "Date of birth is required.");
        this.ethnicity = Objects.requireNonNull(ethnicity, "Ethnicity is required.");
    }

    /** Replaces the identifying details (already checked by {@link ChildRules}). */
    public void revise(ChildDetails details) {
        this.childRef = details.childRef();
        this.forename = details.forename().trim();
        this.surname = details.surname().trim();
        this.sex = details.sex();
        this.dateOfBirth = details.dateOfBirth();
        this.ethnicity = details.ethnicity();
        this.upn = blankToNull(details.upn());
        this.homePostcode = blankToNull(details.homePostcode());
        this.nhsNumber = details.nhsNumber() == null || details.nhsNumber().isBlank() ? null
                : details.nhsNumber().replace(" ", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.UK);
    }

    /** Age in whole years on the given date (a birthday counts from the day itself). */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public void recordUpn(String upn) {
        this.upn = upn;
    }

    public void recordHomePostcode(String postcode) {
        this.homePostcode = postcode;
    }

    @Override
    public Council getCouncil() {
        return council;
    }

    public String getChildRef() {
        return childRef;
    }

    public String getUpn() {
        return upn;
    }

    public String getForename() {
        return forename;
    }

    public String getSurname() {
        return surname;
    }

    public String getSex() {
        return sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getHomePostcode() {
        return homePostcode;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    /** Whether the child is a mother and her child's date of birth, as the SSDA903 header gives them (MOTHER, MC_DOB). */
    public void recordMotherhood(String mother, LocalDate childBornOn) {
        this.mother = mother == null || mother.isBlank() ? null : mother;
        this.mothersChildBornOn = childBornOn;
    }

    public String getMother() {
        return mother;
    }

    public LocalDate getMothersChildBornOn() {
        return mothersChildBornOn;
    }
}

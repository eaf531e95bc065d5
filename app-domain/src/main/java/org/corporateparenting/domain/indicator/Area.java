package org.corporateparenting.domain.indicator;

/** The sections of the board's dataset, in the order the packs present them. */
public enum Area {
    PROFILE("Profile"),
    HEALTH("Health"),
    WELLBEING("Emotional wellbeing"),
    SAFETY("Safety"),
    PLACEMENTS("Placements and stability"),
    EDUCATION("Education"),
    PERMANENCE("Permanence"),
    FOSTERING("Fostering sufficiency"),
    ADOPTION("Adoption"),
    CARE_LEAVERS("Care leavers"),
    REVIEWS("Reviews");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

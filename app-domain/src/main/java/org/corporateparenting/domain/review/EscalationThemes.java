package org.corporateparenting.domain.review;

import org.corporateparenting.domain.code.CodeList;

/**
 * Areas of focus an escalation can be tagged with (several per escalation), as a council's IRO annual
 * report counts them. A local list, versioned like the national ones so a council can change it from
 * a year without losing the old tags.
 */
public final class EscalationThemes {

    public static final CodeList THEMES = CodeList.builder("ESCALATION_THEME", "escalation theme")
            .code("CARE_PLAN", "Care plan implementation")
            .code("SERVICES", "Concerns about provision of services")
            .code("SAFETY", "Concerns about safety")
            .code("WHERE_LIVES", "Concerns about where the child or young person lives")
            .code("EDUCATION", "Education issues")
            .code("HEALTH", "Health issues")
            .code("FAMILY_TIME", "Family time and time with important people")
            .code("LIFE_STORY", "Life story work and later life letters")
            .code("REVIEW_DECISIONS", "Outstanding review decisions")
            .code("STAFFING", "Staff turnover or sickness")
            .code("REGULATIONS", "Statutory handbook and care regulations not met")
            .code("TRANSITIONS", "Transitions (post 16 and 18)")
            .code("OTHER", "Other")
            .build();

    private EscalationThemes() {
    }
}

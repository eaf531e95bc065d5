package org.corporateparenting.application.indicator;

import java.util.List;

/**
 * What publishing a month did: the revision now current, whether it was created by this run, and the figures
 * that differ from the previous revision (none for a first publication or an unchanged re-run).
 */
public record PublishOutcome(String month, int revision, boolean created, List<FigureChange> changes) {

    /** A figure that changed between revisions. */
    public record FigureChange(String code, Double before, Double after, Double numeratorBefore, Double numeratorAfter) {
    }
}

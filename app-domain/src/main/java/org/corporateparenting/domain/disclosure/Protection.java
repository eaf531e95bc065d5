package org.corporateparenting.domain.disclosure;

import java.util.List;

/**
 * The outcome of disclosure control over one set of linked figures: each cell's mark, and any withheld cell the
 * printed figures would still give back (empty unless no further figure could be withheld to protect it; a
 * non-empty list stops publishing).
 */
public record Protection(LinkedFigures figures, Mark[] marks, List<Integer> exposed, int threshold) {

    public Mark mark(int cell) {
        return marks[cell];
    }

    public boolean withheld(int cell) {
        return marks[cell].withheld();
    }

    /** The cell as printed: its value, or its mark. */
    public String printed(int cell) {
        return marks[cell].withheld() ? marks[cell].printed(threshold) : Long.toString(figures.value(cell));
    }

    public boolean anyWithheld() {
        for (Mark m : marks) {
            if (m.withheld()) {
                return true;
            }
        }
        return false;
    }

    /** The exposed cells by label, for the publish check's message. */
    public List<String> exposedLabels() {
        return exposed.stream().map(figures::label).toList();
    }
}
